package com.targetflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TargetFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(TargetFlowApplication.class, args);
    }
}
