# Жауаптар: жауаптардың тұрақты сөздері (есімдер, лауазымдар мен тақырыптар мақалалардағыдай қалады).
reply-help = Менен парламент басшыларының кездесулері туралы сұраңыз, мысалы: «Қошанов кіммен кездесті?», «Қазақстан мен Моңғолия не қол қойды?», «Нығматулин Володинмен қашан кездесті?»
reply-and = және
reply-several = (Бұл есімге бірнеше адам сәйкес келеді: { $names }.)
reply-unmatched = ({ $subject } { $narrowing } кездесуі менде жазылмаған; { $undated ->
    [yes] міне, күні белгісіз кездесулер
   *[no] міне, басқалары
  }.)
reply-narrow-signed = келісімге қол қойылған
reply-narrow-countries = (ел: { $countries })
reply-unnamed-side = аты аталмаған тарап
reply-meetings-of = Кездесулер ({ $subject }):
reply-person-met = { $person } кездескендер:
reply-planned = (жоспарланған)
reply-meeting-count = { $count } кездесу
reply-as-spelled = (дереккөзде: { $name })
reply-no-meeting-of = Мен { $subject } кездесуін білмеймін.
reply-signed-list = қол қойылды: { $agreements }
reply-no-meeting-who = Мен { $person } кездесуін білмеймін. Бұл кім:
reply-from-country = ел: { $country }
reply-no-role = лауазымы жазылмаған
reply-meetings-recorded = Жазылған кездесулер: { $count }; соңғысы{ $with ->
    [none] {""}
   *[other] { " " }— { $with }
  }{ $date ->
    [none] {""}
   *[other] , { $date }
  }.
reply-yes = Иә:
reply-met = кездесті
reply-to-meet = кездесуі жоспарланған
reply-did-not-meet = Жоқ: { $person } мен { $other } кездесуі менде жазылмаған.
reply-in-place = орны: { $place }
reply-at-occasion = { $occasion } аясында
reply-on-date = { $date }
reply-no-place = (мақалада қай жерде екені айтылмаған)
reply-no-date = (мақалада күні көрсетілмеген)
reply-no-date-dash = — мақалада күні көрсетілмеген
reply-signed-by = қол қойғандар:
reply-to-be-signed-by = қол қоюы тиіс:
reply-no-agreement = Мен { $subject } қол қойған келісімді білмеймін.
reply-no-topics = тақырыптар жазылмаған
reply-no-date-given = күні көрсетілмеген
reply-no-sentence = (Мақалалардың ешбір сөйлемі бұған дәл жауап бермейді; білетінім мынау.)
reply-no-meeting-period = Мен { $period } кездесуді білмеймін.
reply-meetings-period = Кездесулер { $period }:
reply-latest = Соңғы кездесулер:
reply-unknown-name = Білмеймін: менің базамдағы бірде-бір мақалада «{ $name }» есімі жоқ.
reply-unknown = Білмеймін: менің деректер базамда бұған жауап жоқ.
reply-did-you-mean = Мүмкін, { $names } туралы сұрадыңыз ба?
reply-more = …тағы { $count }.
reply-source = Дереккөз:
reply-sources = Дереккөздер:
reply-no-publication-date = жарияланған күні белгісіз
reply-a-meeting = Кездесу
reply-signed = Қол қойылды: { $agreements }
reply-of-country = { $country }
