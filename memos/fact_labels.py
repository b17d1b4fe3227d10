"""Readable labels for the intake facts of intake-facts.md (id -> group, type, label)."""

from __future__ import annotations

FACTS: dict[str, tuple[str, str, str]] = {
    "matter.kind": ("Matter", "choice", "Kind of matter"),
    "matter.client": ("Matter", "org", "Client (employer)"),
    "matter.summary": ("Matter", "longtext", "Summary"),
    "person.name": ("The person", "text", "Name"),
    "person.title": ("The person", "text", "Job title"),
    "person.department": ("The person", "text", "Team or department"),
    "person.nationality": ("The person", "country", "Nationality"),
    "person.foreign_residency": (
        "The person",
        "tristate",
        "Holds permanent residency or a long-term visa abroad",
    ),
    "person.role": ("The person", "choice", "Role"),
    "person.key_position": (
        "The person",
        "tristate",
        "The company has designated the role a key position",
    ),
    "access.core_source_code": (
        "Knowledge and access",
        "tristate",
        "Can view core source code (model, training stack, chip design code)",
    ),
    "access.training_data": ("Knowledge and access", "tristate", "Can access training data sets"),
    "access.model_weights": (
        "Knowledge and access",
        "tristate",
        "Can download or copy model weights",
    ),
    "access.experiment_records": (
        "Knowledge and access",
        "tristate",
        "Can read experiment logs and critical failure records",
    ),
    "access.unpublished_capabilities": (
        "Knowledge and access",
        "tristate",
        "Knows unpublished model capabilities or technical roadmaps",
    ),
    "access.chip_design": (
        "Knowledge and access",
        "tristate",
        "Has chip design, process or EDA data",
    ),
    "access.personal_information": (
        "Knowledge and access",
        "tristate",
        "Handles personal information of users or employees at scale",
    ),
    "access.important_data": (
        "Knowledge and access",
        "tristate",
        "Handles data the company has identified as important data",
    ),
    "tech.areas": (
        "Knowledge and access",
        "multi",
        "Technical areas of the person's expertise that the move touches",
    ),
    "tech.listed_technology": (
        "Knowledge and access",
        "tristate",
        "Technology may fall under an export-control list or the restricted catalogue",
    ),
    "tech.us_origin_controlled": (
        "Knowledge and access",
        "tristate",
        "Has had access to US-origin items or technology controlled under the EAR",
    ),
    "secrets.level": (
        "Knowledge and access",
        "choice",
        "State-secret personnel classification",
    ),
    "secrets.left_post_on": (
        "Knowledge and access",
        "date",
        "When the person left a post involving state secrets (absent if still in it or never)",
    ),
    "secrets.declass_until": (
        "Knowledge and access",
        "date",
        "End of the confidentiality (脱密) period set by the unit",
    ),
    "projects.national_key": (
        "Knowledge and access",
        "tristate",
        "Has worked on national key projects",
    ),
    "projects.dual_use": (
        "Knowledge and access",
        "tristate",
        "Work has military or dual-use applications",
    ),
    "destination.country": (
        "Destination and counterparty",
        "country",
        "Where the person goes or where the counterparty is",
    ),
    "destination.organization": (
        "Destination and counterparty",
        "org",
        "New employer, host entity, institution or partner",
    ),
    "destination.org_type": ("Destination and counterparty", "choice", "What the counterparty is"),
    "destination.restricted_party": (
        "Destination and counterparty",
        "tristate",
        "The counterparty is on a restricted-party list (Entity List or similar)",
    ),
    "company.cii_operator": (
        "Company context",
        "tristate",
        "The company is a critical information infrastructure operator",
    ),
    "company.overseas_listing": (
        "Company context",
        "tristate",
        "An overseas listing, roadshow, M&A or IP relocation is planned or under way",
    ),
    "departure.reason": ("Departure", "choice", "Why the person leaves"),
    "departure.last_day": ("Departure", "date", "Last working day"),
    "departure.next_step": ("Departure", "choice", "What the person does next"),
    "departure.overlapping_work": (
        "Departure",
        "tristate",
        "The next role overlaps with the current technical work",
    ),
    "employment.confidentiality_agreement": (
        "Departure",
        "tristate",
        "A confidentiality agreement is in force",
    ),
    "employment.noncompete": ("Departure", "tristate", "A non-compete covenant was signed"),
    "employment.noncompete_months": ("Departure", "int", "Its length in months"),
    "employment.noncompete_compensation": (
        "Departure",
        "tristate",
        "Non-compete compensation is being paid",
    ),
    "secondment.start": ("Secondment", "date", "Start date"),
    "secondment.end": ("Secondment", "date", "Planned end date"),
    "secondment.host": ("Secondment", "org", "Host entity abroad"),
    "secondment.remote_access": (
        "Secondment",
        "tristate",
        "Will keep remote access to core systems from abroad",
    ),
    "secondment.data_transfer": (
        "Secondment",
        "tristate",
        "Data will be transferred to or accessed from the host",
    ),
    "travel.purpose": ("Travel", "choice", "Purpose of the trip"),
    "travel.depart_on": ("Travel", "date", "Departure date"),
    "travel.return_on": ("Travel", "date", "Return date"),
    "travel.devices": ("Travel", "multi", "What company data the person carries"),
    "travel.presenting": ("Travel", "tristate", "Will present technical content"),
    "travel.sensitive_event": (
        "Travel",
        "tristate",
        "The event is on sensitive technology or hosted by a government-linked body",
    ),
    "collab.type": ("Collaboration", "choice", "The form of collaboration"),
    "collab.travel_abroad": (
        "Collaboration",
        "tristate",
        "The collaboration requires the person to travel abroad",
    ),
    "collab.shares_technical_data": (
        "Collaboration",
        "tristate",
        "Technical documents or data go to the counterparty",
    ),
    "collab.shares_source_code": (
        "Collaboration",
        "tristate",
        "Source code goes to the counterparty",
    ),
    "collab.shares_model_weights": (
        "Collaboration",
        "tristate",
        "Model weights go to the counterparty or the public",
    ),
    "collab.personal_information_subjects": (
        "Collaboration",
        "int",
        "Number of individuals whose personal information is transferred abroad (0 if none)",
    ),
    "collab.sensitive_personal_information_subjects": (
        "Collaboration",
        "int",
        "Of those, individuals whose sensitive personal information is transferred",
    ),
    "collab.important_data": ("Collaboration", "tristate", "Important data is transferred"),
    "collab.unpublished_results": (
        "Collaboration",
        "tristate",
        "Unpublished results or capabilities are disclosed",
    ),
    "collab.prepublication_review": (
        "Collaboration",
        "tristate",
        "An internal pre-publication / pre-release review has been done",
    ),
}
