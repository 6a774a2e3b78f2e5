package ru.rostok.reminder.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import ru.rostok.control.PointRemoved;
import ru.rostok.reminder.Notification;

/** A point deleted from its decision takes its reminders with it. */
@ApplicationScoped
public class RemovedPointReminders {

    void onPointRemoved(@Observes PointRemoved removed) {
        Notification.delete("itemType = ?1 and itemId = ?2", "POINT", removed.assignmentId());
    }
}
