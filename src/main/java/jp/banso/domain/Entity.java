package jp.banso.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Every entity has a UUID (so cases can move between laptops and merge) and created/updated times. */
public abstract class Entity implements Cloneable {
    private UUID id = UUID.randomUUID();
    private Instant createdAt;
    private Instant updatedAt;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }

    /**
     * A copy that does not change with the original (an undo step's state before, a write kept for later). Entity
     * fields are values that cannot change (ids, texts, numbers, dates, enums), so a field-by-field copy is a deep one;
     * an entity with a field that changes in place copies it in its own {@code clone} ({@code EntityCopyTest}).
     */
    @SuppressWarnings("unchecked")
    public static <T extends Entity> T copyOf(T entity) {
        try {
            return (T) entity.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError("every entity can be copied", e);
        }
    }

    /** What is wrong with this record, field by field (empty: fine). Screens, case files and sync all ask this. */
    public abstract List<FieldError> validate();

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && Objects.equals(id, ((Entity) o).id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
