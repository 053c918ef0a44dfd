package eu.cybersudoe.toolbox.internal;

/** Under which terms an item may be reused. */
public enum Licence { CC_BY, CC_BY_SA, CC_BY_NC_SA, ALL_RIGHTS_RESERVED }
