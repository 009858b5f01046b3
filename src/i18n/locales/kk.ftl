# Жауаптар: жауаптардың тұрақты сөздері (есімдер, лауазымдар мен тақырыптар мақалалардағыдай қалады).
# Words кестесінің өрістері (src/query/compose/words.ts); кестені src/i18n/words.ts құрады.
reply-and = және
reply-more = …тағы { $count }.
# Ұзын тізім бетінің астында: келесі беттердегі жолдар кім туралы ($names, есімдер мақалалардағыдай; $rest — әрқайсысы аталмаса «, …»).
reply-more-named = …тағы { $count }: { $names }{ $rest }.
reply-source = Дереккөз:
reply-sources = Дереккөздер:
reply-of-country = { $country }
reply-a-meeting = Кездесу
reply-hello = Сәлеметсіз бе! Мен парламент басшыларының кездесулері туралы сұрақтарға жауап беремін.
reply-welcome = Оқасы жоқ! Парламент басшыларының кездесулері туралы тағы сұраңыз.
reply-ack = Жақсы! Парламент басшыларының кездесулері туралы кез келген уақытта сұраңыз.
reply-name-someone = Кімді айтып тұрсыз? Адамның немесе елдің атын жазыңыз.
reply-goodbye = Сау болыңыз! Парламент басшыларының кездесулері туралы кез келген уақытта сұраңыз.
reply-link-only = Сілтемелерді ашпаймын: сұрағыңызды сөзбен жазыңыз.
reply-help-hint = Парламент басшыларының кездесулері туралы қарапайым сөзбен сұраңыз; /help — не сұрауға болатынының бәрі.
reply-only-meetings = Мен тек парламент басшыларының кездесулері туралы білемін.
reply-examples = Сұрап көріңіз: { $questions }.
reply-unknown-name = Білмеймін: менің базамдағы бірде-бір мақалада «{ $name }» есімі жоқ.
# Базадағы ешбір адамның есімі емес, бірақ $count мақаланың мәтінінде бар есім.
reply-name-in-articles = Білмеймін: «{ $name }» есімі базамдағы { $count } мақалада бар, бірақ бұл адамның кездесуі де, лауазымы да жазылмаған.
# Жалғастыратын ештеңе жоқ жерде «тағы» (әлі жауап жоқ немесе соңғы бет көрсетілген): бот та, командалық жол да осылай айтады.
reply-no-more = Бұдан артық көрсететін ештеңе жоқ. Сұрақ қойыңыз, мысалы: «{ $example }».
reply-unknown = Білмеймін: менің деректер базамда бұған жауап жоқ.
reply-did-you-mean = Мүмкін, { $names } туралы сұрадыңыз ба?
reply-several = (Бұл есімге бірнеше адам сәйкес келеді: { $names }.)
reply-no-meeting-of = { $subject } қатысқан бірде-бір кездесуді білмеймін.
reply-no-meeting-narrowed = { $subject } қатысқан кездесу { $narrowing } менде жазылмаған.
reply-no-meeting-then = { $period } өткен кездесу менде жазылмаған.
reply-signed-at-other-meetings = Олардың басқа кездесулерінде қол қойылған құжаттар:
reply-other-meetings = Басқа кездесулер:
reply-undated = Күні белгісіз кездесулер:
reply-unplaced = Орны белгісіз кездесулер:
reply-unplaced-undated = Орны мен күні белгісіз кездесулер:
reply-meetings-of = Кездесулер ({ $subject }):
reply-meetings-period = { $period } өткен кездесулер:
reply-latest = Соңғы кездесулер:
# Есімдер мақалалардағыдай (латын әрпімен) қалады, сондықтан жалғау қосылмайды: «X мыналармен кездесті».
reply-person-met = { $person }{ $where } мыналармен кездесті:
reply-who-they-are = Бұл кім:
reply-no-role = лауазымы жазылмаған
reply-from-country = ел: { $country }
reply-meetings-recorded = жазылған кездесулер: { $count }
reply-latest-with = соңғысы{ $with ->
    [none] {""}
   *[other] { " " }— { $with }
  } { $when }
reply-yes = Иә:
reply-did-not-meet = Жоқ: { $person } және { $other } арасындағы кездесу менде жазылмаған.
reply-in-reports-naming-both = Екеуі де аталған мақалаларда:
# Сөйлемнің соңында тұруы тиіс етістік жолдың басында келеді, сондықтан қос нүктемен: «X және Y кездесті: Сеулде 2025 жылғы 4 қыркүйек».
reply-met = кездесті:
reply-to-meet = кездесуі жоспарланған:
reply-planned = (жоспарланған)
reply-no-place = (мақалада қай жерде екені айтылмаған)
reply-no-date = (мақалада күні көрсетілмеген)
reply-reported-on = (күні көрсетілмеген; хабар күні: { $date })
# $kind: inflected ($place жатыс септігінде: «Сеулде»), city (латын әрпімен қалған қала: «Geneva қаласында»), other (ғимарат, өңір).
reply-in-place = { $kind ->
    [inflected] { $place }
    [city] { $place } қаласында
   *[other] орны: { $place }
  }
reply-at-occasion = { $occasion } аясында
reply-on-date = { $date }
reply-meeting-count = { $count } кездесу
reply-as-spelled = (дереккөзде: { $name })
reply-signed-by = қол қойғандар:
reply-to-be-signed-by = қол қоятындар:
reply-signed-what = Қол қойылды:
reply-in-report-naming-all = Екі тарап аталған хабарда жазылғаны:
reply-reported-then = Сол кездегі хабарда:
reply-signed-list = қол қойылды: { $agreements }
reply-no-agreement = { $subject ->
    [none] Мен қол қойылған келісімді білмеймін.
   *[other] Мен { $subject } қол қойған келісімді білмеймін.
  }
reply-no-agreement-recorded = Бұл кездесуде қол қойылған құжат жазылмаған.
reply-with-agreement = (келісімге қол қойылған)
reply-no-topics = тақырыптар жазылмаған
reply-no-sentence = (Мақалалардың ешбір сөйлемі бұған дәл жауап бермейді; білетінім мынау.)
reply-holder-of = { $office }:
reply-as-of = { $date } күнгі жағдай бойынша
reply-no-holder = { $office } лауазымын кім атқаратынын білмеймін.
reply-unnamed-side = аты аталмаған тарап
date-year = жылғы
reply-narrow-countries = (ел: { $countries })

# Интерфейс (Telegram HTML: мәндер мұнда келмес бұрын экрандалады).
start-hello = <b>Сәлеметсіз бе!</b> Мен парламенттік дипломатия туралы сұрақтарға жауап беремін: кім кіммен, қашан, қайда кездесті және не қол қойды. Әр дерекке ол алынған жаңалық мақаласын қоса беремін.
start-counts = Мен { $articles } мақаланы, { $people } адамды және { $meetings } кездесуді білемін{ $newest ->
    [none] {""}
   *[other] { " " }(ең жаңа мақала: { $newest })
  }.
start-tap = Мысалды басыңыз немесе өз сұрағыңызды жазыңыз:
help-examples = <b>Қарапайым сөздермен сұраңыз</b>, мысалы:
help-can-answer = <b>Мен неге жауап беремін</b>
help-kind-who-met = адам кіммен кездесті (<i>Қошанов кіммен кездесті?</i>)
help-kind-when = екі адам қашан немесе қайда кездесті (<i>Нығматулин Володинмен қашан кездесті?</i>)
help-kind-signed = неге қол қойылды немесе не талқыланды (<i>Қазақстан мен Моңғолия қандай құжаттарға қол қойды?</i>)
help-kind-who-is = адамның кім екені (<i>Амарбаясгалан кім?</i>)
help-kind-country = елмен немесе белгілі бір кезеңдегі кездесулер (<i>Моңғолиямен 2025 жылы кездесулер</i>)
help-kind-latest = соңғы кездесулер (<i>соңғы кездесулер</i>)
help-notes = Есімдерді қатемен, кириллицамен немесе латиницамен жазуға болады. Қазақша, орысша немесе ағылшынша сұраңыз: мен сұрақ тілінде жауап беремін (/language қалғанының тілін таңдайды). Ұзын жауаптарда <b>Әрі қарай</b> және <b>Артқа</b> батырмалары бар. Кез келген чатта жауаппен бөлісу үшін менің @атымды және сұрақты жазыңыз. Топтарда мені атаңыз немесе хабарыма жауап беріңіз.
help-commands = <b>Командалар</b>
command-start = мен не білемін, сұрақ мысалдарымен
command-help = менен не сұрауға болады және командалар
command-language = тілді таңдау: /language en, ru немесе kk
error-not-text = Мен мәтіндік сұрақтарға жауап беремін. Сұрақ жазыңыз, мысалы: <i>{ $example }</i>
error-not-a-question = Сұрақты сөзбен қойыңыз, мысалы: <i>{ $example }</i>
error-too-long = Хабарламада { $length } таңба бар; мен { $limit } таңбаға дейінгі сұрақтарға жауап беремін. Бір сөйлеммен сұраңыз, мысалы: <i>{ $example }</i>
error-unknown-command = Мен /{ $command } командасын білмеймін. /help — мен не істей аламын.
error-other-bot = /{ $command }@{ $bot } — @{ $bot } ботының командасы, менікі емес. /help — мен не істей аламын.
error-rate-limited = Сұрақтарыңыз тым жиі келіп жатыр, жауап беріп үлгермеймін. Бірнеше секунд күтіп, қайта сұраңыз.
error-expired = Бұл тізімнің мерзімі өтті. Сұрақты қайта қойыңыз.
error-suggestion-expired = Бұл ұсыныстың мерзімі өтті. Сұрақты осы есіммен қайта қойыңыз.
error-failed = Кешіріңіз, жауап беру кезінде қате шықты. Біраздан кейін қайталап көріңіз.
button-more = Әрі қарай ›
button-back = ‹ Артқа
language-set = Енді бұл чатта мен қазақша сөйлеймін.
language-usage = Тілді таңдаңыз: /language en (English), /language ru (Русский), /language kk (Қазақша). Қазір: { $current }.
# Мысалдар атайтын тегі, деректер базасында ешкім болмаса.
example-name = Қошанов
example-who-met = { $name } кіммен кездесті?
# $and: «мен», «бен» немесе «пен», $first-тің соңғы дыбысына қарай (kazakh-endings.ts).
example-signed = { $first } { $and } { $second } қандай құжаттарға қол қойды?
example-latest = соңғы кездесулер
notify-new-meeting = Жаңа кездесу
notify-new-meetings = Жаңа кездесулер: { $count }
notify-new-articles = Жаңа мақалалар: { $count }
notify-more-meetings = …тағы { $count }: олар туралы менен сұраңыз.
notify-more-articles = …тағы { $count } мақала: олар туралы менен сұраңыз.
notify-more-in-article = (бұл мақалада тағы { $count } кездесу)
notify-source = Дереккөз: { $source }
subscribe-person = Сіз { $label } қатысатын жаңа кездесулер туралы хабар аласыз.
subscribe-country = Сіз { $label } қатысқан жаңа кездесулер туралы хабар аласыз.
subscribe-all = Сіз әр жаңа кездесу туралы хабар аласыз.
subscribe-name = Мен «{ $label }» есімін әлі білмеймін; ол мақалада аталған бойда оның жаңа кездесулері туралы хабар аласыз.
subscribe-already = Сіз { $label } бойынша жазылғансыз.
unsubscribe-done = Сіз енді { $what } туралы хабар алмайсыз.
follow-all = әр жаңа кездесу
follow-country = { $label } қатысқан жаңа кездесулер
follow-person = { $label } қатысатын жаңа кездесулер
command-subscribe = адамды, елді немесе барлық жаңа кездесулерді бақылау
command-unsubscribe = бақылауды тоқтату (немесе барлығын)
command-subscriptions = не бақылайсыз, жазылымнан шығу батырмаларымен
subscribe-usage = Кімді бақылайын? Мысалы: /subscribe Қошанов, /subscribe Моңғолия немесе /subscribe all
subscribe-too-many-characters = Есім үшін бұл тым ұзын: ең көбі { $limit } таңба, мысалы /subscribe Қошанов
subscribe-too-many-words = Бақылайтын есімде ең көбі { $limit } сөз болады (мұнда көп), мысалы /subscribe Ерлан Қошанов
subscribe-too-long-word = Бұл сөз есім үшін тым ұзын (ең көбі { $limit } әріп), мысалы /subscribe Қошанов
subscribe-not-a-subject = «{ $text }» есім де, ел де, «all» да емес; /subscribe Қошанов деп көріңіз
subscribe-full = Сіз { $limit } тақырыпты бақылайсыз, бір чатқа бұл шек: алдымен біреуінен бас тартыңыз (/unsubscribe; тізім — /subscriptions).
unsubscribe-usage = Қай жазылымды өшірейін? /unsubscribe ЕСІМ немесе /unsubscribe all; тізім — /subscriptions
unsubscribe-all-done = Дайын: енді ештеңе бақыламайсыз (өшірілген жазылымдар: { $count }).
unsubscribe-had-none = Сізде жазылым болған жоқ.
unsubscribe-not-followed = Сіз «{ $text }» бақыламайсыз. Тізім — /subscriptions.
subscriptions-empty = Сіз әлі ештеңе бақыламайсыз. /subscribe Қошанов, /subscribe Моңғолия немесе /subscribe all деп көріңіз.
subscriptions-header = Сіздің жазылымдарыңыз:
subscriptions-everything = барлық кездесулер
subscriptions-remove = Өшіру: { $label }
subscriptions-more = (тағы { $count }: /unsubscribe ЕСІМ командасымен өшіріңіз)
subscriptions-removed = Өшірілді: { $label }
subscriptions-already-removed = Бұрын өшірілген.
ingest-not-allowed = Кешіріңіз, рұқсат жоқ: мақалаларды тек бот әкімшілері қоса алады.
ingest-usage = /ingest командасынан кейін мақала бетінің http(s) мекенжайын жіберіңіз.
ingest-failed = { $source } қосылмады: { $reason }
ingest-txt-only = Мақалаларды .txt файлдары түрінде жіберіңіз.
ingest-too-large = { $name } 1 МБ-тан үлкен: бұл жаңалық мақаласы емес.
ingest-nothing-new = Бұрын қосылған: жаңа ештеңе жоқ.
ingest-done = Қосылған мақалалар: { $count }; жаңа кездесулер: { $meetings ->
    [0] жоқ
   *[other] { $meetings }
  }; кезектегі хабарламалар: { $notifications ->
    [0] жоқ
   *[other] { $notifications }
  }.
terminal-offline = parlbot желісіз жұмыс істеп тұр: TELEGRAM_BOT_TOKEN берілмеген, сондықтан бот — терминалыңыздағы чат,
terminal-no-facts = әзірге деректерсіз: { $path } файлы жоқ (оны "parlbot extract" командасымен жасаңыз).
terminal-facts = { $path } бойынша жауап береді (мақалалар: { $articles }, адамдар: { $people }, кездесулер: { $meetings }).
terminal-telegram = Ботты Telegram-да іске қосу үшін .env файлына TELEGRAM_BOT_TOKEN=<@BotFather берген токен> жазыңыз (.env.example қараңыз).
terminal-usage = Сұрақ, /start немесе /help жазыңыз. Батырмалар [Жазу] түрінде көрінеді: басу үшін [Жазу] (немесе біріншісі үшін [1]) жазыңыз.
terminal-end = Шығу — /quit немесе Ctrl-D.
terminal-leave = Терминалда чатты /quit (немесе Ctrl-D) аяқтайды.
terminal-no-button = (жоғарыдағы хабарларда «{ $label }» батырмасы жоқ)
terminal-open-url = ({ $url } сілтемесін браузерде ашыңыз)
terminal-edited = (өзгертілді)

# Small talk (src/query/compose/small-talk.ts): "who are you?", and a message in a script the bot does not read.
talk-about-me = Мен parlbot: парламент басшыларының кездесулері туралы сұрақтарға жауап беремін (кім кіммен қашан, қайда кездесті, неге қол қойды), әр дерек алынған мақаласымен бірге. /help — не сұрауға болатынының бәрі.
talk-other-script = Мен сұрақтарды ағылшын, орыс және қазақ тілдерінде оқимын.

# Делегация мүшелері (src/query/compose/delegation-members.ts): тізімнің тақырыбы.
delegation-members = Делегация мүшелері, мақалаларда аталғандай:
