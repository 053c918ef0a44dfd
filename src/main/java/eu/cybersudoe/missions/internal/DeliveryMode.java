package eu.cybersudoe.missions.internal;

/** How the mission day is held. */
public enum DeliveryMode { ON_SITE, REMOTE }
