/**
 * The registry of organisations the network works with (CRM): companies (the SMEs it serves),
 * solution providers and software editors, support structures; their contacts, each contact's
 * consents with their history and evidence, which partners brought or served each
 * organisation, and the timeline other modules feed with {@link eu.cybersudoe.companies.CompanyActivityRecorded}.
 * The API is {@link eu.cybersudoe.companies.CompanyRegistry}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Companies",
        allowedDependencies = {"shared", "network", "accounts", "monitoring"})
package eu.cybersudoe.companies;
