package eu.cybersudoe.conferences.internal;

import java.util.List;

/** One page of conferences and how many there are in all. */
public record ConferencePage(List<Conference> conferences, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
