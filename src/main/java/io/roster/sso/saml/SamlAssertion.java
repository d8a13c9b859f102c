package io.roster.sso.saml;

import java.util.List;
import java.util.Map;

/**
 * An assertion that passed every check: what it says about the person.
 *
 * @param id the assertion's ID
 * @param issuer the IdP's entity ID
 * @param nameId the Subject's NameID, or null when the IdP sent none
 * @param nameIdFormat the NameID's Format, or null
 * @param attributes the attribute statements, by attribute Name
 */
record SamlAssertion(
    String id,
    String issuer,
    String nameId,
    String nameIdFormat,
    Map<String, List<String>> attributes) {}
