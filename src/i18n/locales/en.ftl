# English replies are the answering core's own table (ENGLISH in src/query/compose/words.ts);
# ru.ftl and kk.ftl translate its fields as reply-* messages.

# The interface (Telegram HTML: values are escaped before they get here).
start-hello = <b>Hello!</b> I answer questions about parliamentary diplomacy: who met whom, when, where, and what they signed. Every fact comes with the news article it is from.
start-counts = I know { $articles ->
    [one] 1 article
   *[other] { $articles } articles
  }, { $people ->
    [one] 1 person
   *[other] { $people } people
  } and { $meetings ->
    [one] 1 meeting
   *[other] { $meetings } meetings
  }{ $newest ->
    [none] {""}
   *[other] { " " }(newest article: { $newest })
  }.
start-tap = Tap an example or type your own question:
help-examples = <b>Ask me in plain words</b>, for example:
help-can-answer = <b>What I can answer</b>
help-kind-who-met = who met a person (<i>who met Koshanov?</i>)
help-kind-when = when or where two people met (<i>when did Nigmatulin meet Volodin?</i>)
help-kind-signed = what was signed or discussed (<i>what did Kazakhstan and Mongolia sign?</i>)
help-kind-who-is = who someone is (<i>who is Amarbayasgalan?</i>)
help-kind-country = meetings with a country or in a period (<i>meetings with Mongolia in 2025</i>)
help-kind-latest = the latest meetings (<i>latest meetings</i>)
help-notes = Names may be misspelt or typed in Cyrillic. Ask in English, Russian or Kazakh: I answer in the language you ask in (/language sets the language of everything else). Long answers have <b>More</b> and <b>Back</b> buttons. In any chat, type my @username and a question to share an answer. In groups, mention me or reply to me.
help-commands = <b>Commands</b>
command-start = what I know, with example questions
command-help = what you can ask me, and the commands
command-language = choose the language: /language en, ru or kk
error-not-text = I answer text questions. Type one, for example: <i>{ $example }</i>
error-not-a-question = Please ask a question in words, for example: <i>{ $example }</i>
error-too-long = That message is { $length } characters long; I answer questions of up to { $limit }. Ask in one sentence, for example: <i>{ $example }</i>
error-unknown-command = I do not know the command /{ $command }. /help lists what I can do.
error-other-bot = /{ $command }@{ $bot } is a command for @{ $bot }, not for me. /help lists what I can do.
error-rate-limited = You are asking faster than I can answer. Please wait a few seconds, then ask again.
error-expired = This list has expired. Please ask the question again.
error-suggestion-expired = This suggestion has expired. Please type the question again with the name.
error-failed = Sorry, something went wrong on my side while answering. Please try again in a moment.
button-more = More ›
button-back = ‹ Back
language-set = From now on I speak English in this chat.
language-usage = Choose a language: /language en (English), /language ru (Русский), /language kk (Қазақша). Now: { $current }.
example-who-met = who met { $name }?
example-signed = what did { $first } and { $second } sign?
example-latest = latest meetings
notify-new-meeting = New meeting
notify-new-meetings = { $count } new meetings
notify-new-articles = { $count } new articles
notify-more-meetings = …and { $count } more: ask me about them.
notify-more-articles = …and { $count } more articles: ask me about them.
notify-more-in-article = (and { $count } more meetings in this article)
notify-source = Source: { $source }
subscribe-person = You will hear about new meetings of { $label }.
subscribe-country = You will hear about new meetings involving { $label }.
subscribe-all = You will hear about every new meeting.
subscribe-name = I do not know { $label } yet; you will hear about new meetings of { $label } as soon as an article names them.
subscribe-already = You already follow { $label }.
unsubscribe-done = You will no longer hear about { $what }.
follow-all = every new meeting
follow-country = new meetings involving { $label }
follow-person = new meetings of { $label }
command-subscribe = follow a person, a country, or all new meetings
command-unsubscribe = stop following someone or something (or all)
command-subscriptions = what you follow, with buttons to remove
subscribe-usage = Whom shall I follow for you? For example: /subscribe Koshanov, /subscribe Mongolia or /subscribe all
subscribe-too-many-characters = That is too long for a name: at most { $limit } characters, e.g. /subscribe Koshanov
subscribe-too-many-words = A name to follow has at most { $limit } words (that one is too long), e.g. /subscribe Erlan Koshanov
subscribe-too-long-word = That word is too long for a name (at most { $limit } letters), e.g. /subscribe Koshanov
subscribe-not-a-subject = "{ $text }" is not a name, a country or "all"; try /subscribe Koshanov
subscribe-full = You follow { $limit } subjects, at most { $limit } per chat: /unsubscribe one first (/subscriptions lists them).
unsubscribe-usage = Which subscription shall I remove? /unsubscribe NAME, or /unsubscribe all; /subscriptions lists them
unsubscribe-all-done = Done: you no longer follow anything ({ $count } removed).
unsubscribe-had-none = You had no subscriptions.
unsubscribe-not-followed = You do not follow "{ $text }". /subscriptions lists what you follow.
subscriptions-empty = You follow nothing yet. Try /subscribe Koshanov, /subscribe Mongolia or /subscribe all.
subscriptions-header = You follow:
subscriptions-everything = everything
subscriptions-remove = Remove { $label }
subscriptions-more = ({ $count } more: remove them with /unsubscribe NAME)
subscriptions-removed = Removed: { $label }
subscriptions-already-removed = Already removed.
ingest-not-allowed = Sorry, not allowed: only the bot's admins can add articles.
ingest-usage = Send /ingest followed by the http(s) address of an article page.
ingest-failed = Could not ingest { $source }: { $reason }
ingest-txt-only = Send articles as .txt files.
ingest-too-large = { $name } is larger than 1 MB: that is not a news article.
ingest-nothing-new = Already ingested: nothing new.
ingest-done = Added { $count ->
    [one] 1 article
   *[other] { $count } articles
  }: { $meetings ->
    [0] no new meeting
    [one] 1 new meeting
   *[other] { $meetings } new meetings
  }, { $notifications ->
    [0] no notification queued
    [one] 1 notification queued
   *[other] { $notifications } notifications queued
  }.
terminal-offline = parlbot is offline: no TELEGRAM_BOT_TOKEN is set, so this is the bot as a chat in your terminal,
terminal-no-facts = with no facts yet: { $path } does not exist (run "parlbot extract" to build it).
terminal-facts = answering from { $path } ({ $articles } articles, { $people } people, { $meetings } meetings).
terminal-telegram = To run it on Telegram, put TELEGRAM_BOT_TOKEN=<token from @BotFather> in .env (see .env.example).
terminal-usage = Type a question, /start or /help. Buttons show as [Label]: type [Label] (or [1] for the first) to press one.
terminal-end = End with /quit or Ctrl-D.
terminal-leave = In this terminal, /quit (or Ctrl-D) ends the chat.
terminal-no-button = (no button "{ $label }" on the messages above)
terminal-open-url = (open { $url } in a browser)
terminal-edited = (edited)

# Small talk (src/query/compose/small-talk.ts): "who are you?", and a message in a script the bot does not read.
talk-about-me = I am parlbot: I answer questions about meetings of parliament leaders (who met whom, when, where, what they signed), each fact with the news article it comes from. /help lists everything I can answer.
talk-other-script = I read questions in English, Russian and Kazakh.

# The members of a delegation (src/query/compose/delegation-members.ts): the heading of their list.
delegation-members = The delegation, as the reports name its members:
