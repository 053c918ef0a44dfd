package eu.cybersudoe.committees.web;

import eu.cybersudoe.committees.internal.Decision;

/** A decision as the register lists it, with its number and the meeting it was taken at. */
public record DecisionRow(String number, Decision decision, long meetingId, String meetingTitle) {
}
