# Ответы: постоянные слова ответов (имена, должности и темы остаются такими, как в статьях).
# Поля таблицы Words (src/query/compose/words.ts); таблицу собирает src/i18n/words.ts.
reply-and = и
reply-more = …и ещё { $count }.
# Под страницей длинного списка: кто в строках следующих страниц ($names, имена как в статьях; $rest — «, …», если назван не каждый).
reply-more-named = …и ещё { $count }: { $names }{ $rest }.
reply-source = Источник:
reply-sources = Источники:
reply-of-country = { $country }
reply-a-meeting = Встреча
reply-hello = Здравствуйте! Я отвечаю на вопросы о встречах руководителей парламентов.
reply-welcome = Пожалуйста! Спрашивайте ещё о встречах руководителей парламентов.
reply-ack = Хорошо! Спрашивайте о встречах руководителей парламентов, когда захотите.
reply-name-someone = Кого вы имеете в виду? Назовите человека или страну.
reply-goodbye = До свидания! Спрашивайте о встречах руководителей парламентов в любое время.
reply-link-only = Ссылки я не открываю: задайте вопрос словами.
reply-help-hint = Спрашивайте о встречах руководителей парламентов простыми словами; /help — всё, о чём можно спросить.
reply-only-meetings = Я знаю только о встречах руководителей парламентов.
reply-examples = Попробуйте: { $questions }.
reply-unknown-name = Не знаю: ни в одной статье моей базы нет имени «{ $name }».
# Имя, которого нет ни у одного человека базы, хотя в тексте $count статей оно есть (упомянуто мимоходом или не распознано).
reply-name-in-articles = Не знаю: имя «{ $name }» есть в { $count } { $count ->
    [one] статье
   *[other] статьях
  } моей базы, но ни встречи, ни должности этого человека у меня не записано.
# «Дальше» там, где продолжать нечего (ещё не было ответа или последняя страница показана): так говорят и бот, и командная строка.
reply-no-more = Больше показать нечего. Задайте вопрос, например: «{ $example }».
reply-unknown = Не знаю: в моей базе фактов нет ответа на этот вопрос.
reply-did-you-mean = Может быть, вы имели в виду { $names }?
reply-several = (Этому имени соответствуют несколько человек: { $names }.)
reply-no-meeting-of = Я не знаю ни одной встречи ({ $subject }).
reply-no-meeting-narrowed = Встречи ({ $subject }) { $narrowing } у меня не записаны.
reply-no-meeting-then = Встречи { $period } у меня не записаны.
reply-signed-at-other-meetings = Документы, подписанные на других их встречах:
reply-other-meetings = Другие встречи:
reply-undated = Встречи без известной даты:
reply-unplaced = Встречи без известного места:
reply-unplaced-undated = Встречи без известного места и даты:
reply-meetings-of = Встречи ({ $subject }):
reply-meetings-period = Встречи { $period }:
reply-latest = Последние встречи:
# $gender: male, female, or unknown (then the sentence is turned so that no verb agrees with the person).
reply-person-met = { $gender ->
    [male] { $person } встречался{ $where } с:
    [female] { $person } встречалась{ $where } с:
   *[unknown] С { $person } встречались{ $where }:
  }
reply-who-they-are = Кто это:
reply-no-role = должность не указана
reply-from-country = из страны: { $country }
reply-meetings-recorded = { $count ->
    [one] записана { $count } встреча
    [few] записано { $count } встречи
   *[many] записано { $count } встреч
  }
reply-latest-with = последняя{ $with ->
    [none] {""}
   *[other] { " " }— с { $with }
  } { $when }
reply-yes = Да:
reply-did-not-meet = Нет: встреча { $person } и { $other } у меня не записана.
reply-in-reports-naming-both = В статьях, где названы оба:
reply-met = встретились
reply-to-meet = должны встретиться
reply-planned = (запланирована)
reply-no-place = (в статье не сказано где)
reply-no-date = (в статье не указана дата)
reply-reported-on = (дата не указана; сообщение от { $date })
# $kind: inflected ($place в предложном падеже: «Сеуле»), city (город, оставленный латиницей: «в городе Geneva»), other (здание, область).
reply-in-place = { $kind ->
    [city] в городе { $place }
   *[other] в { $place }
  }
reply-at-occasion = в рамках { $occasion }
reply-on-date = { $date }
reply-meeting-count = { $count ->
    [one] { $count } встреча
    [few] { $count } встречи
   *[many] { $count } встреч
  }
reply-as-spelled = (в источнике: { $name })
reply-signed-by = подписали
reply-to-be-signed-by = должны подписать
reply-signed-what = Подписано:
reply-in-report-naming-all = В сообщении, где названы обе стороны, записано:
reply-reported-then = В сообщении того времени:
reply-signed-list = подписано: { $agreements }
reply-no-agreement = { $subject ->
    [none] Я не знаю подписанных соглашений.
   *[other] Я не знаю соглашений, подписанных { $subject }.
  }
reply-no-agreement-recorded = Для этой встречи подписанные документы не записаны.
reply-with-agreement = с подписанным соглашением
reply-no-topics = темы не записаны
reply-no-sentence = (Ни одно предложение статей не отвечает на это точно; вот что я знаю.)
reply-holder-of = { $office }:
reply-as-of = на { $date }
reply-no-holder = Я не знаю, кто занимает должность «{ $office }».
reply-unnamed-side = неназванная сторона
date-year = г.
reply-narrow-countries = (страна: { $countries })

# Интерфейс (Telegram HTML: значения экранируются до того, как попадают сюда).
start-hello = <b>Здравствуйте!</b> Я отвечаю на вопросы о парламентской дипломатии: кто с кем встречался, когда, где и что подписали. К каждому факту я прилагаю новостную статью, из которой он взят.
start-counts = Я знаю { $articles ->
    [one] { $articles } статью
    [few] { $articles } статьи
   *[many] { $articles } статей
  }, { $people ->
    [one] { $people } человека
   *[other] { $people } человек
  } и { $meetings ->
    [one] { $meetings } встречу
    [few] { $meetings } встречи
   *[many] { $meetings } встреч
  }{ $newest ->
    [none] {""}
   *[other] { " " }(самая новая статья: { $newest })
  }.
start-tap = Нажмите на пример или задайте свой вопрос:
help-examples = <b>Спрашивайте простыми словами</b>, например:
help-can-answer = <b>На что я отвечаю</b>
help-kind-who-met = кто встречался с человеком (<i>кто встречался с Кошановым?</i>)
help-kind-when = когда или где встречались двое (<i>когда Нигматулин встречался с Володиным?</i>)
help-kind-signed = что подписали или обсуждали (<i>что подписали Казахстан и Монголия?</i>)
help-kind-who-is = кто это такой (<i>кто такой Амарбаясгалан?</i>)
help-kind-country = встречи со страной или за период (<i>встречи с Монголией в 2025 году</i>)
help-kind-latest = последние встречи (<i>последние встречи</i>)
help-notes = Имена можно писать с ошибками, кириллицей или латиницей. Спрашивайте по-русски, по-казахски или по-английски: я отвечаю на языке вопроса (/language задаёт язык всего остального). У длинных ответов есть кнопки <b>Дальше</b> и <b>Назад</b>. В любом чате наберите моё @имя и вопрос, чтобы поделиться ответом. В группах упомяните меня или ответьте на моё сообщение.
help-commands = <b>Команды</b>
command-start = что я знаю, с примерами вопросов
command-help = о чём меня можно спросить, и команды
command-language = выбрать язык: /language en, ru или kk
error-not-text = Я отвечаю на текстовые вопросы. Напишите вопрос, например: <i>{ $example }</i>
error-not-a-question = Пожалуйста, задайте вопрос словами, например: <i>{ $example }</i>
error-too-long = В сообщении { $length } знаков; я отвечаю на вопросы длиной до { $limit }. Спросите одним предложением, например: <i>{ $example }</i>
error-unknown-command = Я не знаю команды /{ $command }. /help — что я умею.
error-other-bot = /{ $command }@{ $bot } — команда для @{ $bot }, а не для меня. /help — что я умею.
error-rate-limited = Вы спрашиваете быстрее, чем я успеваю отвечать. Подождите несколько секунд и спросите снова.
error-expired = Этот список устарел. Пожалуйста, задайте вопрос ещё раз.
error-suggestion-expired = Эта подсказка устарела. Пожалуйста, задайте вопрос ещё раз с этим именем.
error-failed = Извините, у меня что-то пошло не так. Пожалуйста, попробуйте ещё раз через минуту.
button-more = Дальше ›
button-back = ‹ Назад
language-set = Теперь в этом чате я говорю по-русски.
language-usage = Выберите язык: /language en (English), /language ru (Русский), /language kk (Қазақша). Сейчас: { $current }.
# Фамилия для примеров, если в базе фактов некого назвать.
example-name = Кошанов
example-who-met = кто встречался с { $instrumental }?
example-signed = что подписали { $first } и { $second }?
example-latest = последние встречи
notify-new-meeting = Новая встреча
notify-new-meetings = Новые встречи: { $count }
notify-new-articles = Новые статьи: { $count }
notify-more-meetings = …и ещё { $count }: спросите меня о них.
notify-more-articles = …и ещё статей: { $count }. Спросите меня о них.
notify-more-in-article = (и ещё встреч в этой статье: { $count })
notify-source = Источник: { $source }
subscribe-person = Вы будете узнавать о новых встречах: { $label }.
subscribe-country = Вы будете узнавать о новых встречах, где участвует { $label }.
subscribe-all = Вы будете узнавать о каждой новой встрече.
subscribe-name = Я пока не знаю { $label }; вы узнаете о новых встречах ({ $label }), как только статья назовёт это имя.
subscribe-already = Вы уже подписаны: { $label }.
unsubscribe-done = Вы больше не будете получать: { $what }.
follow-all = уведомления о каждой новой встрече
follow-country = уведомления о новых встречах, где участвует { $label }
follow-person = уведомления о новых встречах: { $label }
command-subscribe = следить за человеком, страной или всеми новыми встречами
command-unsubscribe = перестать следить за кем-то или чем-то (или за всем)
command-subscriptions = на что вы подписаны, с кнопками для отписки
subscribe-usage = За кем следить? Например: /subscribe Кошанов, /subscribe Монголия или /subscribe all
subscribe-too-many-characters = Для имени это слишком длинно: не больше { $limit } знаков, например /subscribe Кошанов
subscribe-too-many-words = В имени для подписки не больше { $limit } слов (в этом больше), например /subscribe Ерлан Кошанов
subscribe-too-long-word = Это слово слишком длинное для имени (не больше { $limit } букв), например /subscribe Кошанов
subscribe-not-a-subject = «{ $text }» — не имя, не страна и не «all»; попробуйте /subscribe Кошанов
subscribe-full = Вы следите за { $limit } темами, это предел для одного чата: сначала отпишитесь от одной (/unsubscribe; список — /subscriptions).
unsubscribe-usage = От какой подписки отписаться? /unsubscribe ИМЯ или /unsubscribe all; список — /subscriptions
unsubscribe-all-done = Готово: вы больше ни за чем не следите (удалено подписок: { $count }).
unsubscribe-had-none = У вас не было подписок.
unsubscribe-not-followed = Вы не подписаны на «{ $text }». Список подписок — /subscriptions.
subscriptions-empty = Вы пока ни на что не подписаны. Попробуйте /subscribe Кошанов, /subscribe Монголия или /subscribe all.
subscriptions-header = Ваши подписки:
subscriptions-everything = все встречи
subscriptions-remove = Отписаться: { $label }
subscriptions-more = (ещё { $count }: отпишитесь командой /unsubscribe ИМЯ)
subscriptions-removed = Удалено: { $label }
subscriptions-already-removed = Уже удалено.
ingest-not-allowed = Извините, нельзя: добавлять статьи могут только администраторы бота.
ingest-usage = Отправьте /ingest и адрес (http или https) страницы статьи.
ingest-failed = Не удалось добавить { $source }: { $reason }
ingest-txt-only = Присылайте статьи файлами .txt.
ingest-too-large = { $name } больше 1 МБ: это не новостная статья.
ingest-nothing-new = Уже добавлено: ничего нового.
ingest-done = Добавлено статей: { $count }; новых встреч: { $meetings ->
    [0] нет
   *[other] { $meetings }
  }; уведомлений в очереди: { $notifications ->
    [0] нет
   *[other] { $notifications }
  }.
terminal-offline = parlbot работает без сети: TELEGRAM_BOT_TOKEN не задан, поэтому бот — это чат в вашем терминале,
terminal-no-facts = пока без фактов: файла { $path } нет (соберите его командой "parlbot extract").
terminal-facts = отвечает по { $path } (статей: { $articles }, людей: { $people }, встреч: { $meetings }).
terminal-telegram = Чтобы запустить бота в Telegram, впишите TELEGRAM_BOT_TOKEN=<токен от @BotFather> в .env (см. .env.example).
terminal-usage = Введите вопрос, /start или /help. Кнопки показаны как [Надпись]: введите [Надпись] (или [1] для первой), чтобы нажать.
terminal-end = Выход — /quit или Ctrl-D.
terminal-leave = В терминале чат завершает /quit (или Ctrl-D).
terminal-no-button = (в сообщениях выше нет кнопки «{ $label }»)
terminal-open-url = (откройте { $url } в браузере)
terminal-edited = (изменено)

# Small talk (src/query/compose/small-talk.ts): "who are you?", and a message in a script the bot does not read.
talk-about-me = Я parlbot: отвечаю на вопросы о встречах руководителей парламентов (кто с кем встречался, когда, где, что подписали), и у каждого факта есть статья, из которой он взят. /help — всё, о чём можно спросить.
talk-other-script = Я читаю вопросы на английском, русском и казахском.

# Члены делегации (src/query/compose/delegation-members.ts): заголовок их списка.
delegation-members = Члены делегации, как их называют статьи:
