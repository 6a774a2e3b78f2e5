package ru.rostok.roadmap;

/** The kind of document that approves a plan or holds a decision. */
public enum ApprovalKind { COLLEGIUM_DECISION, ORDER, RESOLUTION, PROTOCOL }
