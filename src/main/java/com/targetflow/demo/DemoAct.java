package com.targetflow.demo;

import java.time.LocalDateTime;

/** One thing the demo does on its day while it plays the year so far (see {@link DemoYearSoFar}). */
record DemoAct(LocalDateTime at, Runnable work) {}
