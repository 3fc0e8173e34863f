package com.targetflow.security;

import com.targetflow.operations.SeedMarkers;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.OrganisationRegister;
import com.targetflow.organisation.People;
import com.targetflow.organisation.PersonRequest;
import com.targetflow.organisation.PersonRole;
import com.targetflow.organisation.UnitKind;
import com.targetflow.organisation.UnitRequest;
import com.targetflow.organisation.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside the demo there are no demo accounts and no default password: the first start creates the
 * district association and one administrator whose password comes from the environment, and every
 * start refuses a known default password, or a database that still holds the demo district (whose
 * accounts all have the password "demo").
 */
@Component
@Profile("!demo")
@Order(10)
@EnableConfigurationProperties(FirstAdministratorProperties.class)
class FirstAdministrator implements ApplicationRunner {

    static final String MARKER = "first-administrator";
    private static final String DEMO_MARKER = "demo-district";

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final FirstAdministratorProperties admin;
    private final OrganisationRegister register;
    private final People people;
    private final Units units;
    private final SeedMarkers markers;

    FirstAdministrator(
            FirstAdministratorProperties admin,
            OrganisationRegister register,
            People people,
            Units units,
            SeedMarkers markers) {
        // Checked when the bean is made, before the web server takes requests.
        String weakness = admin.weakness();
        if (weakness != null) {
            throw new IllegalStateException("Refusing to start: " + weakness);
        }
        this.admin = admin;
        this.register = register;
        this.people = people;
        this.units = units;
        this.markers = markers;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (markers.isClaimed(DEMO_MARKER)) {
            throw new IllegalStateException("Refusing to start: this database holds the demo district, whose accounts "
                    + "share the password \"demo\". Start production on a new database, or run with the demo profile.");
        }
        if (people.existsByRole(PersonRole.ADMINISTRATOR)) {
            return;
        }
        if (!admin.hasPassword()) {
            throw new IllegalStateException(
                    "Refusing to start: there is no administrator yet. Set TARGETFLOW_ADMIN_PASSWORD "
                            + "(at least " + FirstAdministratorProperties.MIN_LENGTH
                            + " characters) for the first start; "
                            + "TARGETFLOW_ADMIN_USERNAME (default admin) names the account.");
        }
        if (!markers.claim(MARKER)) {
            return; // another node of the cluster created it
        }
        if (units.findByCode(admin.districtCode()).isEmpty()) {
            register.createUnit(new UnitRequest(
                    admin.districtCode(), admin.districtName(), null, UnitKind.DISTRICT_ASSOCIATION, null));
        }
        register.createPerson(new PersonRequest(
                admin.username(),
                admin.username(),
                admin.email(),
                null,
                Language.ZH,
                PersonRole.ADMINISTRATOR,
                admin.districtCode(),
                admin.password()));
        log.info(
                "First start: administrator '{}' and district association {} created",
                admin.username(),
                admin.districtCode());
    }
}
