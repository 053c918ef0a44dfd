package eu.cybersudoe.toolbox.internal;

/** For whom an item is written. */
public enum Level { BEGINNER, INTERMEDIATE, ADVANCED }
