package io.liveline.events;

/** Whether an update version publishes content or retracts the update everywhere. */
public enum UpdateAction {
    /** A new update or a new version (edit) of an existing one. */
    PUBLISH,
    /** The update is withdrawn; readers must stop showing it. */
    RETRACT
}
