package org.mingcha.rules.pi;

import java.util.Set;

/**
 * Contacts, SMS/MMS, call log and calendar read through their content URIs or incoming-SMS APIs.
 * Selected by knowledge-base sensitive-API ids (the metadata test checks each exists); arguments as in
 * {@link PiReadRule}.
 */
public final class ContactsSmsCallLogRule extends PiReadRule {

    public ContactsSmsCallLogRule() {
        super("MC-PI-CONTACTS-SMS-CALLLOG", Set.of(
                "cr_contacts_query", "cr_phones_query", "cr_sim_contacts_query", "cr_profile_query", "cr_sms_query",
                "rcv_sms_received", "cr_calllog_query", "cr_calendar_query", "cr_mms_query", "cr_mmssms_query",
                "sms_getMessagesFromIntent", "cr_calendars_query", "cr_calendar_instances_query",
                "cr_calendar_attendees_query", "cr_emails_query", "cr_raw_contacts_query", "cr_contacts_data_query",
                "cr_sms_inbox_query"));
    }
}
