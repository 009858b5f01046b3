# Replies: the fixed words of answers (names, roles and topics come from the articles as they are).
reply-help = Ask me about meetings of parliament leaders, for example: "who met Koshanov?", "what did Kazakhstan and Mongolia sign?", "when did Nigmatulin meet Volodin?"
reply-and = and
reply-several = (Several people match that name: { $names }.)
reply-unmatched = (No meeting of { $subject } { $narrowing } is recorded; { $undated ->
    [yes] these have no known date
   *[no] these are the others
  }.)
reply-narrow-signed = with an agreement signed
reply-narrow-countries = with { $countries }
reply-unnamed-side = an unnamed side
reply-meetings-of = Meetings of { $subject }:
reply-person-met = { $person } met:
reply-planned = (planned)
reply-meeting-count = { $count } meetings
reply-as-spelled = ({ $name } in the source)
reply-no-meeting-of = I know of no meeting of { $subject }.
reply-signed-list = signed { $agreements }
reply-no-meeting-who = I know of no meeting of { $person }. Who they are:
reply-from-country = from { $country }
reply-no-role = no role is recorded
reply-meetings-recorded = { $count ->
    [one] 1 meeting
   *[other] { $count } meetings
  } recorded; the latest{ $with ->
    [none] {""}
   *[other] { " " }with { $with }
  }{ $date ->
    [none] {""}
   *[other] { " " }on { $date }
  }.
reply-yes = Yes:
reply-met = met
reply-to-meet = are to meet
reply-did-not-meet = No: no meeting of { $person } with { $other } is recorded.
reply-in-place = in { $place }
reply-at-occasion = at { $occasion }
reply-on-date = on { $date }
reply-no-place = (the article does not say where)
reply-no-date = (the article gives no date)
reply-no-date-dash = — the article gives no date
reply-signed-by = signed by
reply-to-be-signed-by = to be signed by
reply-no-agreement = I know of no agreement signed by { $subject }.
reply-no-topics = the topics are not recorded
reply-no-date-given = no date given
reply-no-sentence = (No sentence of the articles answers that exactly; this is what I know.)
reply-no-meeting-period = I know of no meeting { $period }.
reply-meetings-period = Meetings { $period }:
reply-latest = Latest meetings:
reply-unknown-name = I don't know anything about { $name }: no article in my fact base mentions that name.
reply-unknown = I don't know: nothing in my fact base answers that.
reply-did-you-mean = Did you mean { $names }?
reply-more = …and { $count } more.
reply-source = Source:
reply-sources = Sources:
reply-no-publication-date = publication date unknown
reply-a-meeting = A meeting
reply-signed = Signed: { $agreements }
reply-of-country = of { $country }
