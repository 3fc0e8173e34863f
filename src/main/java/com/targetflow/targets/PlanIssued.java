package com.targetflow.targets;

import java.time.LocalDate;

/**
 * An annual plan was issued; published inside the issuing transaction, so listeners succeed or fail with
 * it. asOf is the day it counts as issued (today, or for a demo playing its year, the
 * year's first working days): what should have happened before it, such as a meeting in February for
 * a plan issued in June, is not put to anyone as work due at once.
 */
public record PlanIssued(long planId, int year, LocalDate asOf) {}
