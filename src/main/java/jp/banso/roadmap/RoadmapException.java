package jp.banso.roadmap;

/** A roadmap action refused, with a message for the person at the keyboard (Japanese). Nothing was changed. */
public class RoadmapException extends RuntimeException {
    public RoadmapException(String message) {
        super(message);
    }
}
