package bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Nothing but Spring Boot and Camunda's starters: what TargetFlow's start-up is compared with. */
@SpringBootApplication
public class BareCamundaApp {

    public static void main(String[] args) {
        SpringApplication.run(BareCamundaApp.class, args);
    }
}
