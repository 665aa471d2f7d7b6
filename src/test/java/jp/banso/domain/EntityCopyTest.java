package jp.banso.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@link Entity#copyOf} copies field by field: a deep copy only while every entity field (entities live in domain) is a
 * value that cannot change, or its entity copies it in its own {@code clone}.
 */
class EntityCopyTest {
    private static final Set<Class<?>> VALUES = Set.of(String.class, UUID.class, Instant.class, LocalDate.class, LocalTime.class,
            BigDecimal.class, Integer.class, Long.class, Double.class, Boolean.class);

    @Test
    void everyEntityFieldIsAValueThatCannotChange() {
        List<JavaClass> entities = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.banso.domain").stream().filter(c -> c.isAssignableTo(Entity.class)).toList();
        assertThat(entities).extracting(JavaClass::getSimpleName).contains("Entity", "Note", "Lane", "RoadmapItem", "CaseIssue");
        for (JavaClass entity : entities) {
            for (JavaField f : entity.getFields()) {
                if (f.getModifiers().contains(JavaModifier.STATIC)) {
                    continue;
                }
                JavaClass type = f.getRawType();
                boolean value = type.isPrimitive() || type.isEnum() || VALUES.stream().anyMatch(type::isEquivalentTo);
                boolean copiedByItsEntity = entity.getMethods().stream().anyMatch(m -> m.getName().equals("clone"));
                assertThat(value || copiedByItsEntity).as("%s.%s (%s) is a value a copy may share, or its entity copies it",
                        entity.getSimpleName(), f.getName(), type.getName()).isTrue();
            }
        }
    }

    @Test
    void aProfileSnapshotCopyHasItsOwnServices() {
        ProfileSnapshot p = new ProfileSnapshot();
        p.setOffers(ServiceOffer.values()[0], true);
        ProfileSnapshot copy = Entity.copyOf(p);
        copy.setOffers(ServiceOffer.values()[1], true);
        assertThat(p.services()).containsExactly(ServiceOffer.values()[0]);
        assertThat(copy.services()).containsExactlyInAnyOrder(ServiceOffer.values()[0], ServiceOffer.values()[1]);
    }

    @Test
    void aCopyHasTheSameStateAndChangesApart() {
        Note n = new Note();
        n.setText("買い物に困る");
        n.setX(12);
        n.setVotes(3);
        n.setUpdatedAt(Instant.parse("2026-12-01T00:00:00Z"));
        Note copy = Entity.copyOf(n);
        assertThat(copy).isNotSameAs(n).isEqualTo(n).usingRecursiveComparison().isEqualTo(n);
        copy.setText("通院");
        copy.setVotes(4);
        assertThat(n.getText()).isEqualTo("買い物に困る");
        assertThat(n.getVotes()).isEqualTo(3);
    }
}
