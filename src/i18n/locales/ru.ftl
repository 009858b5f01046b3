# Ответы: постоянные слова ответов (имена, должности и темы остаются такими, как в статьях).
reply-help = Спросите меня о встречах руководителей парламентов, например: «кто встречался с Кошановым?», «что подписали Казахстан и Монголия?», «когда Нигматулин встречался с Володиным?»
reply-and = и
reply-several = (Этому имени соответствуют несколько человек: { $names }.)
reply-unmatched = (Встречи { $subject } { $narrowing } у меня не записаны; { $undated ->
    [yes] вот встречи без известной даты
   *[no] вот остальные
  }.)
reply-narrow-signed = с подписанием соглашения
reply-narrow-countries = (страна: { $countries })
reply-unnamed-side = неназванная сторона
reply-meetings-of = Встречи ({ $subject }):
reply-person-met = { $person } встречался(-ась) с:
reply-planned = (запланирована)
reply-meeting-count = { $count ->
    [one] { $count } встреча
    [few] { $count } встречи
   *[many] { $count } встреч
  }
reply-as-spelled = (в источнике: { $name })
reply-no-meeting-of = Я не знаю ни одной встречи ({ $subject }).
reply-signed-list = подписано: { $agreements }
reply-no-meeting-who = Я не знаю ни одной встречи ({ $person }). Кто это:
reply-from-country = из страны: { $country }
reply-no-role = должность не указана
reply-meetings-recorded = Записано встреч: { $count }; последняя{ $with ->
    [none] {""}
   *[other] { " " }— с { $with }
  }{ $date ->
    [none] {""}
   *[other] , { $date }
  }.
reply-yes = Да:
reply-met = встретились
reply-to-meet = должны встретиться
reply-did-not-meet = Нет: встреча { $person } и { $other } у меня не записана.
reply-in-place = в { $place }
reply-at-occasion = в рамках { $occasion }
reply-on-date = { $date }
reply-no-place = (в статье не сказано где)
reply-no-date = (в статье не указана дата)
reply-no-date-dash = — в статье не указана дата
reply-signed-by = подписали
reply-to-be-signed-by = должны подписать
reply-no-agreement = Я не знаю соглашений, подписанных { $subject }.
reply-no-topics = темы не записаны
reply-no-date-given = дата не указана
reply-no-sentence = (Ни одно предложение статей не отвечает на это точно; вот что я знаю.)
reply-no-meeting-period = Я не знаю ни одной встречи { $period }.
reply-meetings-period = Встречи { $period }:
reply-latest = Последние встречи:
reply-unknown-name = Не знаю: ни в одной статье моей базы нет имени «{ $name }».
reply-unknown = Не знаю: в моей базе фактов нет ответа на этот вопрос.
reply-did-you-mean = Может быть, вы имели в виду { $names }?
reply-more = …и ещё { $count }.
reply-source = Источник:
reply-sources = Источники:
reply-no-publication-date = дата публикации неизвестна
reply-a-meeting = Встреча
reply-signed = Подписано: { $agreements }
reply-of-country = { $country }
