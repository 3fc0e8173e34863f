package bench.stack;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The bare app with the decided stack's other starters: what the stack alone costs at start-up. */
@SpringBootApplication
public class BareStackApp {

    public static void main(String[] args) {
        SpringApplication.run(BareStackApp.class, args);
    }

    /** As TargetFlow: a form sign-in for everything but the health probes, which the harness polls. */
    @Bean
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(Customizer.withDefaults())
                .build();
    }
}
