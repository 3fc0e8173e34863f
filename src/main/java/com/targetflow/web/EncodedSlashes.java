package com.targetflow.web;

import org.apache.catalina.connector.Connector;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.web.embedded.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * An encoded slash or backslash in an address (/api/people/..%2F..%2Fetc) is still refused, but by Spring
 * Security's firewall inside the app, so the caller reads why in their language: Tomcat's own
 * refusal, before the app, is an English page of Tomcat's.
 */
@Component
class EncodedSlashes implements TomcatConnectorCustomizer {

    @Override
    public void customize(Connector connector) {
        connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
        connector.setEncodedReverseSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
    }
}
