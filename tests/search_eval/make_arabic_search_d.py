#!/usr/bin/env python3
"""Generate tests/search_eval/arabic-search-d.json (evaluation set D, written blind).

All data is inline. Document keys (e.g. ak1) are turned into numeric ids in order of appearance.
Query lines: "query | relevant keys | must_not keys | phenomena"; "query | =other | phenomena" copies
the judgments of an earlier query. Indented lines continue the previous line.
Running this script checks keys and references and writes the JSON next to it.
"""
import json
import os

ABOUT = (
    'Evaluation set D for Arabic news search, written BLIND on 2026-12-07 by a helper session that read '
    'no search code: not the engine package, not any .py file under tests/ or bench/, not the README or '
    'docs/; it ran no tests and no search. It read only the data files arabic-search-b.json and '
    'arabic-search-c.json, for their format and their relevance rules, and reuses none of their documents'
    ' or query strings. Method: {nd} one- or two-sentence news items were written by hand across '
    'politics, courts, economy, sport, culture, health, weather, technology, religion, transport and '
    'places in Egypt, the Levant, the Gulf, Iraq, Yemen, Sudan and the Maghreb, some typed as readers '
    'type (ة as ه, ى as ي, hamza dropped, harakat, tatweel, Arabic-Indic digits, مئة/مائة, loanword and '
    'name spelling variants). They are built in clusters around confusable words: a verb and a noun spelt'
    ' alike (عقد held/contract/decade, صوّت/صوت, قدّم/القدم), a participle or nisba against a plural or '
    'another noun (محافظ governor/المحافظين conservatives/محافظة governorate/المحافظة على), a place '
    'against a common word (صنعاء/صناعة, صور Tyre/صور pictures, الخبر Khobar/الخبر news, الزرقاء, '
    'الخرطوم, العيون, الرمادي, المنامة/المنام, الحلة, سوسة, المنصورة/منصور), a hamza seat or letter that '
    'changes the word (أبناء/أنباء/بناء, ضباب/ضباط), a substring (السكري/العسكري, الحجاج/احتجاجات, '
    'القروض/انقرضت, الدم/الدمام/دمشق) and same-root other-meaning pairs (مباحثات/المباحث/باحثون, '
    'تذاكر/مذكرة/ذكرى/ذاكرة, مسكنات/مساكن/سكان, الأوقاف/موقف/توقيف). {nq} queries (single words with and '
    'without article and clitics, plural/dual/feminine forms, verb conjugations in several persons and '
    'tenses, reader-typed and harakat forms, two-word queries, quoted phrases, names, places, loanwords, '
    'numbers) were then judged against every document: candidates were found by re-reading each cluster '
    'and by a throw-away normalised substring scan over all documents (not part of this set, and not the '
    'engine), and every flagged document was read and placed in relevant, must_not or neither by hand. '
    'Totals: {nr} relevant pairs and {nm} must_not pairs. Relevance rules (as sets B and C): A document '
    'is relevant to a query if, for EVERY word of the query, it contains some inflected form of that word'
    ' with the same meaning: proclitics (و ف ب ل ك ال), pronoun suffixes, feminine, dual, sound and '
    'broken plurals, and conjugations of the same verb (perfect, imperfect, future, plural) count, and so'
    ' do spelling variants newsrooms and readers mix (ة/ه, ى/ي, hamza seats أ إ آ ء ؤ ئ or missing hamza,'
    ' harakat, tatweel, مئة/مائة, loanwords with غ/ج such as إنستغرام/انستجرام, long vowels written or '
    'not such as فيديو/فديو, كمبيوتر/كومبيوتر) and Arabic-Indic vs Western digits. Words of the same root'
    ' with another meaning do not count (وزارة/وزير, مكتبة/مكتب, صحيفة/صحفي, ضابط/انضباط), and a '
    "homograph counts only in the query's meaning (ولاية 'state' is not ولاية 'term of office', القمة "
    "'summit' is not قمة الجبل or مباراة القمة, المرور 'traffic' is not مرور عام). A masdar, participle "
    'or nisba adjective is a different word from the verb or noun it derives from (الجزائري is not '
    'الجزائر, مرورية is not المرور). Multi-word queries need every word somewhere in the document, '
    'function words included. A quoted query "..." is a phrase: its words must be adjacent and in that '
    'order, each word allowing its inflections. must_not lists documents that share letters, a root or a '
    'spelling with a query word but mean something else; a good search must NOT return them. Documents in'
    ' neither list are simply not relevant (for example a masdar, participle or nisba of the query word).'
)

DOCS = """
ak1 عقد مجلس الوزراء اللبناني جلسة طارئة في بيروت لبحث أزمة الكهرباء.
ak2 تعقد اللجنة المالية اجتماعها المقبل في عمّان يوم الأحد.
ak3 عقدت نقابة المعلمين في الرباط مؤتمرا صحفيا للإعلان عن إضراب جديد.
ak4 وقعت شركة الموانئ عقدا بقيمة مئتي مليون دولار لتوسعة رصيف الحاويات.
ak5 جدد نادي الوداد عقد مدربه لموسمين إضافيين.
ak6 شهدت المنطقة خلال العقد الماضي تراجعا حادا في منسوب المياه الجوفية.
ak7 ألغت الحكومة العراقية عقود توريد الكهرباء مع ثلاث شركات أجنبية.
ak8 سيعقد الرئيس التونسي لقاء مع ممثلي الأحزاب الأسبوع المقبل.
ak9 عاش الفنان الراحل في باريس أكثر من عقدين قبل عودته إلى وهران.
ak10 أدى خلاف على بند في العقد إلى تأخير انتقال اللاعب إلى نادي الهلال.
ak11 وصفت الوزيرة المفاوضات بأنها معقدة وتحتاج إلى وقت طويل.
ak12 اعتقدت الشرطة في البداية أن الحريق كان متعمدا.
qr1 أصدر مجلس الأمن قرارا يدعو إلى هدنة إنسانية في الفاشر.
qr2 قررت وزارة التربية المصرية تأجيل امتحانات الشهادة الإعدادية أسبوعا.
qr3 انتقد نواب المعارضة القرارات الاقتصادية الأخيرة ووصفوها بالمتسرعة.
qr4 يقرر الاتحاد الإفريقي مكان إقامة البطولة في اجتماعه القادم.
qr5 قرر المدرب استبعاد ثلاثة لاعبين من قائمة المنتخب.
qr6 افتتحت الشركة مقرها الإقليمي الجديد في دبي.
qr7 تشهد الأسواق حالة من الاستقرار بعد تراجع أسعار الوقود.
qr8 قال المقرر الأممي الخاص إن أوضاع المعتقلين في البلاد مقلقة.
qr9 القرار النهائي بشأن رفع الدعم سيصدر الشهر القادم حسب مصادر حكومية.
qr10 ومن المقرر أن تصل الطائرة إلى مطار قرطاج مساء الخميس.
qr11 المجلس البلدي قرر اغلاق السوق القديم للترميم
sq1 ارتفعت أسعار الخضار في سوق العبور بالقاهرة بسبب نقص المعروض.
sq2 تراجعت الأسواق الخليجية في ختام تعاملات الأسبوع.
sq3 أصيب سائق شاحنة بجروح خطيرة في حادث على الطريق الصحراوي.
sq4 نظم سائقو سيارات الأجرة في عمّان وقفة احتجاجية ضد تطبيقات النقل.
sq5 تعرض مهاجم الفريق لإصابة في الساق ستبعده شهرا عن الملاعب.
sq6 قال البنك الدولي إن سوق العمل في المغرب يحتاج إلى إصلاحات عميقة.
sq7 أطلقت شركة ناشئة منصة لتسويق منتجات الحرفيين في تونس.
sq8 اعتقلت الشرطة سائقا تجاوز السرعة المسموح بها بمئة كيلومتر.
sq9 قالت السائقة إنها لم تر الطفل قبل أن يعبر الشارع.
sq10 ساق المتحدث عدة أمثلة على فساد المسؤولين في سياق حديثه.
sq11 السوق الشعبي في صنعاء يستعيد نشاطه بعد أشهر من الركود.
wl1 أعلنت ولاية الخرطوم حظر التجول ليلا في عدد من الأحياء.
wl2 تنتهي ولاية رئيس البرلمان الحالي في مارس المقبل.
wl3 يسعى الرئيس إلى تعديل الدستور للترشح لولاية ثالثة.
wl4 شهدت ولاية كسلا شرق السودان فيضانات دمرت مئات المنازل.
wl5 وصل والي الجزيرة إلى مدينة ود مدني لتفقد المستشفيات.
wl6 قال والد الضحية إن ابنه خرج للعمل ولم يعد.
wl7 تستضيف ولايات الغرب الأمريكي أكبر معرض للتكنولوجيا الزراعية.
wl8 وُلد الكاتب الراحل في مدينة حماة عام ١٩٤٠.
wl9 يلعب الأولاد في أزقة المخيم رغم البرد القارس.
wl10 تجديد ولايه بعثة الامم المتحدة لسنة اضافية
wl11 ولدت الأميرة طفلتها الأولى في مستشفى بلندن.
wl12 يولد نحو مئة ألف طفل سنويا في مخيمات اللجوء.
wl13 غرق ولد في الحادية عشرة من عمره في نهر النيل.
sh1 حذرت منظمة الصحة العالمية من انتشار الكوليرا في اليمن.
sh2 نفت الوزارة صحة التقارير المتداولة عن إغلاق المعبر.
sh3 تصدر الصحيفة طبعة خاصة بمناسبة الذكرى المئوية لتأسيسها.
sh4 تراجعت مبيعات الصحف الورقية في الكويت إلى النصف.
sh5 عبر مئات المهاجرين الصحراء الكبرى سيرا على الأقدام.
sh6 أطلق المركز الصحي حملة لتطعيم الأطفال في ريف إدلب.
sh7 تحسنت صحة الملك بعد خضوعه لعملية جراحية.
sh8 قالت وزيرة الصحه إن المستشفيات الحكومية تعاني نقصا في الأدوية.
sh9 أكد المتحدث صحة الأنباء عن استقالة محافظ البنك المركزي.
sh10 تشهد صحراء الربع الخالي درجات حرارة قياسية.
sh11 حقق الصحفي في ملف تهريب الآثار من العراق.
bn1 بدأت أعمال بناء الجسر الجديد فوق نهر دجلة في الموصل.
bn2 أنهت الشركة بناء ثلاثمائة وحدة سكنية في مدينة السادس من أكتوبر.
bn3 قتل أربعة من أبناء العشيرة في اشتباك مسلح بريف دير الزور.
bn4 عاد آلاف من أبناء الجالية إلى بلدهم لقضاء عطلة الصيف.
bn5 نقلت وكالات الأنباء عن مصدر أمني أن الانفجار نجم عن تسرب غاز.
bn6 تضاربت الانباء حول مصير الصحفيين المختطفين.
bn7 بنت البلدية مدرسة جديدة في حي الشيخ رضوان بغزة.
bn8 يبني المقاولون الجدار الفاصل بوتيرة سريعة.
bn9 وافقت البلدية على ترخيص البناء في الأراضي الزراعية بشروط.
bn10 تقيم بنات المدرسة معرضا للأشغال اليدوية.
bn11 أنباء عن انفراجة في مفاوضات تشكيل الحكومة العراقية.
bn12 كرمت الجامعة أبناءها المتفوقين في حفل التخرج.
bn13 فازت بنت العشر سنوات بمسابقة حفظ القرآن الكريم.
sk1 بلغ عدد سكان مصر مئة وسبعة ملايين نسمة وفق آخر إحصاء.
sk2 طالب السكان في حي الشجاعية بإعادة الكهرباء.
sk3 دمرت السيول عشرات المساكن في وادي حضرموت.
sk4 حذر الأطباء من الإفراط في تناول المسكنات دون وصفة طبية.
sk5 أصيب شاب بطعنات سكين في شجار بحي شعبي في الدار البيضاء.
sk6 أعلنت وزارة الإسكان طرح عشرين ألف شقة لذوي الدخل المحدود.
sk7 يسكن أكثر من نصف اللاجئين في مخيمات عشوائية.
sk8 عبر ساكنو الحي عن غضبهم من تراكم القمامة.
sk9 نقص حاد في المسكنات والمضادات الحيوية بمستشفيات السودان.
sk10 السكان المحليين يرفضون اقامة مكب نفايات قرب القريه
sk11 تفقد المحافظ المساكن المتضررة من الزلزال في إقليم الحوز.
hm1 يلتقي حامل اللقب الأهلي مع الزمالك في نصف النهائي.
hm2 توفر الوحدة الصحية رعاية مجانية للنساء الحوامل في القرى النائية.
hm3 وصلت حاملة الطائرات الأمريكية إلى شرق البحر المتوسط.
hm4 توفيت امرأة حامل بعد تأخر سيارة الإسعاف ساعتين.
hm5 خرج حامل لقب الدوري الإسباني من الكأس على يد فريق مغمور.
hm6 اشترطت السفارة على حاملي الجوازات الأجنبية الحصول على تأشيرة مسبقة.
hm7 حملت الأم طفلها وعبرت النهر سيرا على قدميها.
hm8 أطلقت الوزارة حملة توعية حول تغذية الحوامل.
hm9 تحمل الشاحنة مساعدات طبية إلى مستشفيات الفاشر.
hm10 أبحرت حاملتا طائرات بريطانيتان نحو الخليج.
bh1 أجرى وزيرا خارجية مصر والأردن مباحثات في القاهرة حول الأوضاع في غزة.
bh2 استؤنفت المباحثات بين الحكومة والحركات المسلحة في جوبا.
bh3 ألقت المباحث القبض على عصابة لسرقة السيارات في الجيزة.
bh4 قال باحثون في جامعة الملك سعود إنهم طوروا اختبارا سريعا للكشف عن السرطان.
bh5 تواصل فرق الإنقاذ البحث عن مفقودين تحت الأنقاض في درنة.
bh6 بحث أمير قطر مع الرئيس الفرنسي سبل التهدئة في المنطقة.
bh7 حصلت الباحثة المغربية على جائزة دولية في علوم البحار.
bh8 كشفت تحريات المباحث أن المتهم استخدم هوية مزورة.
bh9 مباحثات سعوديه ايرانيه في بغداد
bh10 نشر الباحث دراسة عن تأثير الجفاف على زراعة القمح في سوريا.
qm1 تستضيف الرياض القمة العربية الطارئة الشهر المقبل.
qm2 انتهت قمة مجموعة العشرين دون بيان ختامي مشترك.
qm3 وصل متسلقون مغاربة إلى قمة جبل توبقال رغم الثلوج.
qm4 يتصدر الرجاء ترتيب الدوري قبل مباراة القمة أمام الوداد.
qm5 تراكمت القمامة في شوارع بيروت بعد إضراب عمال النظافة.
qm6 عقد القادة الخليجيون قمتهم السنوية في الكويت.
qm7 ارتفعت أسعار القمح في الأسواق العالمية.
qm8 ناقش القادة في القمم الأخيرة ملف الأمن الغذائي.
mr1 شددت إدارة المرور في جدة الرقابة على السرعة.
mr2 يحتفل الأردنيون بمرور مئة عام على تأسيس الإمارة.
mr3 تسببت حوادث المرور في وفاة ألفي شخص العام الماضي.
mr4 مر الموكب الرئاسي عبر شارع الحبيب بورقيبة وسط إجراءات أمنية.
mr5 هذه هي المرة الأولى التي يتأهل فيها المنتخب السوداني منذ عقدين.
mr6 يشكو سكان الإسكندرية من اختناقات مرورية يومية.
mr7 بعد مرور أسبوع على الزلزال ما زال آلاف بلا مأوى.
mr8 أغلق شرطي المرور الطريق أمام الشاحنات بسبب الضباب.
sr1 أطلقت الحكومة مشروعا لتحلية مياه البحر في العقبة.
sr2 تعثرت مشاريع الإسكان في ليبيا بسبب نقص التمويل.
sr3 ضبطت الشرطة كميات من الأموال غير المشروعة في مطار القاهرة.
sr4 أغلقت البلدية الشارع الرئيسي بسبب أعمال الحفر.
sr5 شرع العمال في ترميم الجامع الأموي الكبير.
sr6 صوت البرلمان على مشروع قانون الإيجارات الجديد.
sr7 الشوارع غارقه بمياه الامطار في الخرطوم
sr8 تطالب المعارضة بسحب الشرعية من المجلس الانتقالي.
sr9 وصف الوزير التظاهرات بأنها حق مشروع للمواطنين.
hj1 وصل أول فوج من الحجاج الجزائريين إلى مكة المكرمة.
hj2 خرجت احتجاجات في مدن عدة تنديدا بغلاء المعيشة.
hj3 قدم الطالب حجة مقنعة أمام لجنة المناقشة.
hj4 ألغت شركة الطيران حجوزات مئات المسافرين بعد إضراب الطيارين.
hj5 أعلنت وزارة الحج والعمرة نجاح خطة تفويج الحجيج.
hj6 احتج الأطباء على تأخر رواتبهم ثلاثة أشهر.
hj7 قمعت الشرطة الاحتجاج بالغاز المسيل للدموع.
hj8 يعود الحاج محمود إلى قريته بعد أداء الفريضة.
kt1 تناول خطيب الجمعة في خطبته أهمية التكافل الاجتماعي.
kt2 أعلن الفنان خطبته على ممثلة شابة في حفل عائلي.
kt3 وحدت وزارة الأوقاف موضوع خطبة الجمعة في كل المساجد.
kt4 ألقى الرئيس خطابا أمام البرلمان حدد فيه أولويات المرحلة.
kt5 وضعت الحكومة خطة خمسية لتطوير السكك الحديدية.
kt6 خطط الانقلابيون للسيطرة على مبنى الإذاعة.
kt7 تتضمن الخطط الجديدة توسيع شبكة المترو في الرياض.
kt8 يمر خط أنابيب الغاز عبر الأراضي التركية.
rk1 نجا جميع ركاب الحافلة بعد انقلابها على طريق أكادير.
rk2 أصيب راكب بجروح طفيفة عند هبوط الطائرة اضطراريا في مطار البصرة.
rk3 خضع قائد المنتخب لجراحة في الركبة وسيغيب عن كأس أمم إفريقيا.
rk4 سمحت السلطات باستيراد المركبات الكهربائية دون رسوم جمركية.
rk5 تعاني الراكبة من إصابة في الساق بعد سقوطها على رصيف المحطة.
rk6 ركب الرئيس دراجة هوائية في جولة بشوارع أمستردام.
rk7 اصطدمت مركبة عسكرية بسيارة مدنية شمال بغداد.
rk8 تعافى المهاجم من الالتواء في ركبته اليسرى.
rk9 غرق مركب صيد قبالة سواحل صفاقس وعلى متنه اثنا عشر بحارا.
db1 تسبب الضباب الكثيف في تعليق الرحلات بمطار الكويت الدولي.
db2 أحيل ثلاثة ضباط إلى المحاكمة العسكرية بتهمة التعذيب.
db3 قتل ضابط شرطة في هجوم على حاجز أمني بسيناء.
db4 ضبطت الجمارك شحنة من الحبوب المخدرة في ميناء جدة.
db5 يغطي ضباب خفيف المناطق الساحلية صباح الغد.
db6 تخرجت أول دفعة من الضابطات في كلية الشرطة.
db7 أشاد المدرب بانضباط لاعبيه في المباراة الأخيرة.
db8 انتشار الضباب علي الطريق الدولي بين حمص ودمشق
th1 تساقطت الثلوج بكثافة على مرتفعات الشوف في لبنان.
th2 أغلقت الطرق الجبلية في إفران بسبب الثلج.
th3 ارتفع الطلب على الثلاجات والمكيفات مع اشتداد الحر.
th4 تعطلت ثلاجة حفظ اللقاحات في المستشفى بسبب انقطاع الكهرباء.
th5 تبدأ الامتحانات يوم الثلاثاء المقبل في جميع المحافظات.
th6 لم تشهد عمّان ثلجا منذ ثلاث سنوات.
th7 الثُّلُوجُ تَقْطَعُ الطُّرُقَ فِي جَبَلِ الشَّيْخِ.
hd1 سجل المهاجم هدف الفوز في الدقيقة الأخيرة.
hd2 استهدفت غارة جوية مستودعا للأسلحة قرب اللاذقية.
hd3 يتصدر النجم المصري قائمة هدافي الدوري السعودي.
hd4 قالت الحكومة إن هدفها خفض البطالة إلى عشرة في المئة.
hd5 تستهدف الخطة زيادة الصادرات الزراعية.
hd6 توج الهداف الجزائري بجائزة أفضل لاعب في إفريقيا.
hd7 أحرز الفريق ثلاثة أهداف في الشوط الأول.
hd8 يستهدف القراصنة حسابات المصارف عبر رسائل مزيفة.
jz1 يزور الرئيس الجزائري تبون الصين الأسبوع المقبل.
jz2 وقعت الجزائر وإيطاليا اتفاقا لتوريد الغاز عبر أنبوب جديد.
jz3 أهدر المهاجم ركلة جزاء في الوقت بدل الضائع.
jz4 نظرت المحكمة الجزائية في قضية فساد بوزارة النقل.
jz5 تستعد العاصمه الجزائرية لاستضافة الألعاب المتوسطية.
jz6 شهدت الجزائر العاصمة أمطارا غزيرة أغرقت عددا من الأحياء.
jz7 احتسب الحكم ضربة جزاء لصالح الفريق الضيف.
jz8 تقع الجزر الثلاث في مدخل الخليج.
sf1 تراجع سعر صرف الجنيه أمام الدولار في السوق الموازية.
sf2 طالبت البلدية بإصلاح شبكة الصرف الصحي في حي الأمل.
sf3 رفع مصرف لبنان سعر الصرف الرسمي إلى خمسة عشر ألف ليرة.
sf4 غرق طفل في مصرف زراعي بمحافظة البحيرة.
sf5 أقرت الحكومة صرف منحة استثنائية للعاملين في القطاع العام.
sf6 أغلقت المصارف أبوابها احتجاجا على الاعتداء على موظفيها.
sf7 انهار سعر القطن بعد وصول شحنات من الهند.
sf8 تسببت مياه الصرف الصحي في تلوث شاطئ المدينة.
qd1 حصل الأردن على قرض من صندوق النقد الدولي بقيمة مليار دولار.
qd2 تعجز آلاف الأسر عن سداد القروض الشخصية.
qd3 انقرضت أنواع عديدة من الطيور في أهوار العراق.
qd4 وافق البرلمان على اقتراض ثلاثة مليارات دولار لتمويل الموازنة.
qd5 نقص أقراص الضغط في صيدليات الإسكندرية.
qd6 قرضين جديدين للبنيه التحتيه في مصر
hk1 أصدرت المحكمة أحكاما بالسجن على عشرين متهما.
hk2 قضت محكمة النقض بإلغاء الحكم الصادر ضد الصحفي.
hk3 ألغى الحكم هدفا بداعي التسلل بعد العودة إلى تقنية الفيديو.
hk4 أحكمت قوات الجيش سيطرتها على المعبر الحدودي.
hk5 انتقد اتحاد الكرة أداء الحكام في الجولة الماضية.
hk6 صدر حكم بإعدام قاتل الطالبة الجامعية في المنصورة.
hk7 تنظم أحكام القانون الجديد عمل المنظمات غير الحكومية.
tn1 تقدم فريق الدفاع بطعن على حكم الإعدام أمام محكمة النقض.
tn2 قتل شاب طعنا بسكين في حي باب الوادي.
tn3 رفضت المحكمة الدستورية الطعون المقدمة ضد نتائج الانتخابات.
tn4 تلقى الضحية ثلاث طعنات في الصدر.
tn5 طعن النائب في قانونية الجلسة.
mt1 نفى المتهم الرئيسي في القضية كل التهم الموجهة إليه.
mt2 اتهمت المعارضة الحكومة بتزوير الانتخابات.
mt3 تبدأ غدا محاكمة المتهمين بتفجير المرفأ.
mt4 وجهت النيابة تهمة القتل العمد إلى سائق الشاحنة.
mt5 أفرجت السلطات عن المتهمة بعد دفع كفالة مالية.
mt6 يتهم الأهالي الشركة بتلويث مياه النهر.
sj1 اكتظاظ السجون في تونس يثير قلق المنظمات الحقوقية.
sj2 حكم على الناشط بالسجن خمس سنوات.
sj3 سجّل الميزان التجاري عجزا قياسيا.
sj4 دار سجال حاد بين النواب حول الموازنة.
sj5 هرب ثلاثة سجناء من سجن في ولاية النيل الأزرق.
sb1 انقطعت شبكة الإنترنت في أنحاء واسعة من العراق.
sb2 تجددت الاشتباكات بين الجيش وقوات الدعم السريع في أم درمان.
sb3 هز المهاجم الشباك مرتين في الشوط الأول.
sb4 تصدر الفيلم الجديد شباك التذاكر في مصر.
sb5 فككت الشرطة شبكة لتهريب البشر عبر البحر.
sb6 أسفر اشتباك مسلح عن مقتل شخصين في طرابلس.
sb7 وسعت شركة الاتصالات شبكتها من الجيل الخامس لتشمل مدن الجنوب.
sb8 ازدحام امام شبابيك التذاكر في محطة مصر
dk1 ارتفع سعر تذكرة المترو في القاهرة إلى عشرين جنيها.
dk2 نفدت تذاكر المباراة النهائية خلال ساعة.
dk3 أصدرت النيابة مذكرة توقيف بحق رجل أعمال هارب.
dk4 وقع البلدان مذكرة تفاهم للتعاون في مجال الطاقة.
dk5 أحيا الفلسطينيون الذكرى السنوية للنكبة.
dk6 ذكرت صحيفة محلية أن الوزير قدم استقالته.
dk7 يحتاج الهاتف إلى ذاكرة أكبر لتشغيل التطبيقات الحديثة.
dk8 انقطاع الكهرباء يربك الطلاب خلال فترة المذاكرة.
dk9 سجل المواليد الذكور ارتفاعا طفيفا.
wq1 دعت وزارة الأوقاف إلى ترشيد استهلاك الكهرباء في المساجد.
wq2 تدير هيئة الأوقاف مئات العقارات الموقوفة على الأيتام.
wq3 أعلن الطرفان وقف إطلاق النار لمدة ثلاثة أيام.
wq4 أكد الوزير موقف بلاده الثابت من القضية الفلسطينية.
wq5 خصصت البلدية موقفا للسيارات قرب السوق المركزي.
wq6 تباينت مواقف الأحزاب من التعديلات الدستورية.
wq7 أمر القاضي بتوقيف المدير المالي للشركة أربعة أيام.
wq8 توقفت حركة القطارات بسبب عطل فني.
wq9 مواقف السيارات في وسط المدينة ممتلئة طوال النهار.
wq10 طالبت وزارة المالية بمراجعة ملف الأوقاف في بغداد.
nf1 افتتح رئيس الوزراء نفقا جديدا تحت قناة السويس.
nf2 دمر الجيش أنفاقا تستخدم للتهريب على الحدود.
nf3 قررت الحكومة خفض النفقات العامة بنسبة عشرة بالمئة.
nf4 أنفقت الأسر نصف دخلها على الغذاء.
nf5 تتحمل الدولة نفقة علاج المصابين في الخارج.
kh1 اعترف الحكم بخطأ تحكيمي أثر على نتيجة المباراة.
kh2 أخطاء طبية تودي بحياة مريضين في مستشفى خاص.
kh3 خطا المغرب خطوة مهمة نحو إنتاج الهيدروجين الأخضر.
kh4 قال الوزير انه خطا غير مقصود وسيتم تصحيحه
kh5 تقدمت المفاوضات بخطوات بطيئة.
hv1 انتشرت حمى الضنك في محافظة الحديدة.
hv2 أصيب عشرات الأطفال بالحمي في مخيم للنازحين.
hv3 طالبت المنظمات بحماية المدنيين في الفاشر.
hv4 يزداد الطلب على أدوية خفض الحرارة مع انتشار الحمى الموسمية.
hv5 دعا الخطيب إلى الدفاع عن حمى الوطن.
hv6 أقر البرلمان قانون حماية البيانات الشخصية.
hv7 نقابة المحامين ترفض تعديل قانون المحاماة.
sg1 يعاني واحد من كل خمسة بالغين في الخليج من مرض السكري.
sg2 ارتفع سعر السكر في مصر إلى مستوى غير مسبوق.
sg3 فرض المجلس العسكري حظر التجوال في العاصمة.
sg4 أطلقت الوزارة عيادات متنقلة لمرضى السكري في الأرياف.
sg5 استورد المغرب مئتي ألف طن من السكر البرازيلي.
sg6 قتل جنديان في هجوم على ثكنة عسكرية شمال مالي.
sg7 مصانع السكر في السودان توقفت بسبب الحرب.
sg8 ارتفاع نسبة الإصابة بالسُّكَّرِي بين الأطفال.
dm1 أطلقت الجمعية حملة للتبرع بالدم في مستشفيات بغداد.
dm2 ارتفعت درجات الحرارة في دمشق إلى أربعين درجة.
dm3 خلف القصف دمارا واسعا في البنية التحتية.
dm4 سالت الدماء في شوارع المدينة بعد هجوم انتحاري.
dm5 أصدرت وزارة الصحة بيانا حول نقص أكياس الدم.
qa1 قدم وزير المالية مشروع الموازنة إلى البرلمان.
qa2 يقدم المهرجان عروضا مجانية للأطفال طوال الأسبوع.
qa3 قدمت الممثلة استقالتها من نقابة المهن التمثيلية.
qa4 أصيب اللاعب بكسر في قدمه خلال التدريب.
qa5 يشارك المنتخب في بطولة العرب لكرة القدم بقطر.
qa6 انطلق الموسم الجديد لكرة القدم النسائية في السعودية.
qa7 تعد القلعة من أقدم المعالم في مدينة حلب.
qa8 سيقدمون شكوى رسمية إلى الاتحاد الدولي.
lh1 بيعت لوحة للفنان محمود سعيد بمليوني دولار في مزاد بلندن.
lh2 يضم المعرض ستين لوحة لفنانين من السودان.
lh3 ضبطت الشرطة سيارة تحمل لوحات أرقام مزورة.
lh4 ركبت الشركة ألواحا شمسية على أسطح المدارس.
lh5 أصدرت الحكومة لائحة تنفيذية لقانون العمل.
lh6 لوحات تشكيلية تحكي ذاكرة المدينة القديمة
lh7 انخفضت اسعار الالواح الشمسيه المستوردة
ns1 توقعت النشرة الجوية أمطارا رعدية على السواحل.
ns2 قدمت المذيعة نشرة الأخبار الرئيسية لأول مرة.
ns3 نشر الجيش تعزيزات إضافية في الجنوب.
ns4 حذرت السلطات من انتشار الجراد في المناطق الزراعية.
ns5 تستعين البلدية بمنشار آلي لإزالة الأشجار المتساقطة.
ft1 أصدر مجمع البحوث الإسلامية فتوى بتحريم التعامل بالعملات الرقمية.
ft2 قال المفتي إن الزكاة يمكن دفعها لمتضرري الزلزال.
ft3 أنقذ فتى في الخامسة عشرة ثلاثة أطفال من الغرق.
ft4 فتاوي متضاربه حول صيام المرضى
ft5 اختفت فتاة بعد خروجها من المدرسة في طنجة.
ft6 سلم الوزير مفتاح المدينة لضيفه الإيطالي.
ft7 افتتح مفتي الجمهورية مسجدا جديدا في المنيا.
sw1 استهدفت غارة منزلا في مدينة صور جنوب لبنان.
sw2 نشرت الوكالة صور الأقمار الصناعية للمدينة المدمرة.
sw3 تضرر ميناء صور القديم بفعل العاصفة.
sw4 التقط المصور صورة نادرة لنمر عربي في جبال ظفار.
sw5 ظهرت صورة الرئيس على العملة الجديدة.
sn1 استأنفت الخطوط الجوية اليمنية رحلاتها بين صنعاء وعمّان.
sn2 تساهم الصناعة بربع الناتج المحلي في المغرب.
sn3 تعرضت مصانع الإسمنت في صنعاء لأضرار كبيرة.
sn4 صنعت الطالبة روبوتا من مواد معاد تدويرها.
sn5 قطاع الصناعات الغذائية يوفر آلاف فرص العمل في تونس.
sn6 امطار غزيره علي صنعا وضواحيها
kb1 افتتحت في مدينة الخبر أكبر حديقة مائية في المنطقة الشرقية.
kb2 نفى المتحدث الخبر جملة وتفصيلا ووصفه بالمفبرك.
kb3 تداولت مواقع التواصل أخبارا عن وفاة المطرب الشهير.
kb4 انخفضت أسعار العقارات في الدمام والخبر.
kb5 تلقى سكان المدينة الخبر بفرح كبير.
kb6 أغلقت وزارة الصحة مختبرا يعمل دون ترخيص.
kb7 عاد الخبير الاقتصادي ليحذر من موجة غلاء جديدة.
zr1 اندلع حريق في مصفاة البترول بمدينة الزرقاء.
zr2 انتشر أصحاب الخوذ الزرقاء في المنطقة العازلة.
zr3 تعاني أحياء الزرقاء من انقطاع متكرر للمياه.
zr4 اتجهت السفينة إلى عرض البحر وسط المياه الزرقاء.
kr1 استعاد الجيش السيطرة على وسط الخرطوم.
kr2 رش المزارع المحصول بخرطوم مياه طويل.
kr3 الخرطوم بحري تعاني من نقص الخبز.
rm1 عادت آلاف الأسر النازحة إلى الرمادي بعد إعادة إعمارها.
rm2 ارتدى المنتخب القميص الرمادي في المباراة الودية.
rm3 شهدت مدينة الرمادي عاصفة ترابية كثيفة.
mn1 تستضيف المنامة حوار الأمن الإقليمي في نوفمبر.
mn2 قالت الأم إن ابنها رأى في المنام أنه يفوز بالجائزة.
mn3 استقبلت المنامه وفدا تجاريا صينيا
hl1 تظاهر المئات في الحلة مطالبين بتحسين الخدمات.
hl2 ظهر الملعب بحلة جديدة بعد أعمال الصيانة.
hl3 قتل شخصان في انفجار عبوة بمدينة الحلة.
ay1 احتضنت مدينة العيون منتدى الاستثمار في الأقاليم الجنوبية.
ay2 تؤدي الإصابة بالسكري إلى مشاكل في العيون.
ay3 وصل وفد برلماني إلى العيون للقاء المنتخبين المحليين.
ay4 جفت العيون التي كانت تسقي واحات الجنوب.
an1 عين الملك وزيرا جديدا للداخلية.
an2 تعين الحكومة محافظين جددا في خمس محافظات.
an3 خضع الطفل لعملية في عينه اليمنى.
an4 وزعت البلدية عينات من البذور على المزارعين.
an5 عينت الشركة مديرة تنفيذية من خارج العائلة.
an6 قصف مخيم عين الحلوة في صيدا.
an7 عَيَّنَ الرَّئِيسُ سَفِيرًا جَدِيدًا لَدَى الصِّين.
ms1 فاز منصور بالمقعد البرلماني عن دائرة الجيزة.
ms2 يستضيف ملعب المنصورة مباراة الكأس.
ms3 تعاني جامعة المنصوره من نقص السكن الطلابي.
ss1 استقبلت فنادق سوسة آلاف السياح الأوروبيين هذا الصيف.
ss2 قضت السوسة على محاصيل القمح في شمال سوريا.
ss3 يواجه النجم الساحلي في سوسة الترجي.
mh1 زار محافظ البصرة ميناء أم قصر.
mh2 فاز حزب المحافظين بالأغلبية في الانتخابات البريطانية.
mh3 دعا الوزير إلى المحافظة على المياه في فصل الصيف.
mh4 أعلنت محافظة الجيزة إزالة مئتي مخالفة بناء.
mh5 حافظ الفريق على صدارة الترتيب.
mh6 عقد المحافظون اجتماعا مع رئيس الحكومة لبحث الاستعدادات للامتحانات.
mh7 تعاني المحافظات الجنوبية من ضعف الخدمات الصحية.
mh8 شارك المحافظ في افتتاح معرض الكتاب.
mh9 اجتمع الـمـحـافـظ بممثلي التجار لبحث ارتفاع الأسعار.
nv1 نفت الشرطة وجود أي إصابات في صفوف المحتجين.
nv2 ينفي المسؤولون أي تورط في صفقة السلاح.
nv3 أعيد المعارض إلى البلاد بعد عشرين عاما في المنفى.
nv4 تراكمت النفايات في شوارع صيدا.
nv5 نفوا أن يكون اللقاء قد تطرق إلى ملف الحدود.
nv6 ستنفي الوزارة رسميا ما نشر عن رفع الأسعار.
ar1 أعرب الأمين العام للأمم المتحدة عن قلقه من تصاعد العنف.
ar2 تعرب الجامعة العربية عن دعمها لوحدة الأراضي الصومالية.
ar3 اجتمع وزراء الخارجية العرب في القاهرة.
ar4 أطلق على المولود اسم يعرب تيمنا بجده.
ar5 أعربت الفنانة عن سعادتها بالتكريم.
ag1 التقى الأمين العام لحلف الناتو الرئيس التركي أردوغان.
ag2 أعلن اللاعب محمد أمين اعتزاله بعد عام حافل.
rh1 رحبت الخارجية المصرية بالاتفاق بين الطرفين.
rh2 يرحب السكان بقرار إعادة فتح المعبر.
rh3 احتشد الآلاف في رحبة المسجد لأداء صلاة العيد.
rh4 رحّبوا بالضيوف على طريقتهم التقليدية.
rh5 تنظم في رحاب الجامعة ندوة عن الأمن المائي.
ab1 انسحبت القوات الإسرائيلية من بلدة الخيام.
ab2 ينسحب المرشح من السباق الرئاسي لأسباب صحية.
ab3 تتجمع السحب الممطرة فوق الساحل السوري.
ab4 أجري سحب قرعة كأس العرب في الدوحة.
ab5 انسحبوا من الجلسه احتجاجا على جدول الاعمال
ab6 سحبت الشركة منتجا غذائيا ملوثا من الأسواق.
vt1 صوت مجلس النواب بالأغلبية لصالح القانون.
vt2 يصوت الناخبون في الجولة الثانية يوم الأحد.
vt3 ارتفع صوت المعارضة داخل الحزب الحاكم.
vt4 حصل المرشح على ستين ألف صوت.
vt5 صوتت الجمعية العامة على قرار يطالب بإنهاء الحرب.
vt6 تلوث سمعي بسبب أصوات المولدات الكهربائية.
vt7 أظهرت نتائج فرز الأصوات تقدم مرشح المعارضة.
sm1 ساهمت الأمطار في رفع منسوب السدود.
sm2 ارتفعت أسهم شركات الطاقة في بورصة الدار البيضاء.
sm3 يساهم المغتربون في تمويل مشاريع التنمية.
sm4 ساهموا في إخماد الحريق خلال ساعات.
lw1 حذف ملايين الحسابات المزيفة من منصة انستجرام.
lw2 أطلقت إنستغرام ميزة جديدة للرسائل الصوتية.
lw3 حظرت الحكومة تطبيق تيك توك لمدة شهر.
lw4 تيكتوك تعلن فتح مكتب اقليمي في دبي
lw5 انتشر فيديو يظهر اعتداء شرطي على بائع متجول.
lw6 يمكن مشاهدة الفديو كاملا على الموقع.
lw7 ارتفع سعر البنزين للمرة الثالثة هذا العام.
lw8 أزمة بنزين خانقة في محطات الوقود بصنعاء.
lw9 فتحت الفيفا تحقيقا في أحداث المباراة.
lw10 فرض الاتحاد الدولي لكرة القدم (فيفا) عقوبات على النادي.
lw11 قالت اليونيسف إن مليون طفل بحاجة لمساعدة عاجلة.
lw12 تقرير لليونيسيف يحذر من سوء التغذية في غزة.
lw13 يزور أردوغان الدوحة لبحث ملفات إقليمية.
lw14 التقى اردوغان بنظيره الإماراتي في أنقرة.
lw15 تبرعت الشركة بخمسمائة جهاز كومبيوتر لمدارس الريف.
lw16 ارتفعت أسعار أجهزة الكمبيوتر المحمولة بنسبة عشرين بالمئة.
nm1 قتل ٣٠٠ شخص في الفيضانات التي ضربت شرق ليبيا.
nm2 وصل عدد المصابين إلى 300 حالة في يوم واحد.
nm3 خصصت الحكومة 3000 وحدة سكنية للمتضررين.
nm4 تهدف رؤية 2030 إلى تنويع مصادر الدخل.
nm5 أعلنت الشركة خطتها لعام ٢٠٣٠ لخفض الانبعاثات.
nm6 استقبل المستشفى خمسمائة مريض خلال العيد.
nm7 تبرع رجل أعمال بخمسمئة ألف دينار للجمعية.
nm8 يبعد الموقع ٢٠٣ كيلومترات عن العاصمة.
ed1 تزدحم الأسواق في دمشق قبل عيد الفطر.
ed2 صلى الآلاف صلاة العيد في الساحات العامة.
ed3 أعادت السلطات فتح المعبر بعد إغلاق دام شهرا.
ed4 يقع المطار بعيدا عن وسط المدينة.
ed5 تأجلت مواعيد الامتحانات بسبب الأعياد.
ed6 تحتفل الجزائر بعيد الاستقلال في الخامس من يوليو.
sl1 أقيمت صلاة الاستسقاء في مساجد المغرب بعد تأخر الأمطار.
sl2 تعزز الزيارة الصلات الاقتصادية بين البلدين.
sl3 نفى الحزب أي صلة له بالهجوم.
sl4 منعت الشرطة المصلين من دخول الأقصى.
sl5 نفد المصل المضاد للسموم من مستشفى أسوان.
sl6 احتشد مصلون في الجامع الكبير بصنعاء.
sv1 احتجزت البحرية سفينة تجارية في البحر الأحمر.
sv2 تضاعفت رسوم عبور السفن في قناة السويس.
sv3 أبحرت السفينة من ميناء طرطوس باتجاه قبرص.
sv4 عبرت ناقلة نفط مضيق هرمز.
sv5 نقلت الحافلات الطلاب إلى الجامعة.
sv6 ناقلات الغاز تنتظر في ميناء راس لفان
mi1 الموانى اليمنيه تستقبل سفن الوقود
mi2 أعادت السلطات تشغيل موانئ التصدير في ليبيا.
qc1 بثت قناة محلية في السويس لقطات للحريق.
jb1 علق متسلقان في جبال الأطلس بسبب العاصفة.
jb2 تستقطب مدينة جبيل الأثرية آلاف الزوار صيفا.
jb3 اندلعت حرائق في جبل الكرمل.
bd1 قدمت فرقة يمنية عرضا في دار الأوبرا بعد جولة في محافظة البيضاء.
bd2 رفع المحتجون الراية البيضاء فوق الدار المهدمة.
"""

QUERIES = """
عقدت | ak1 ak2 ak3 ak8 qm6 mh6 | ak4 ak5 ak6 ak7 ak9 ak10 ak11 ak12 mr5 |
    verb-forms,homograph,same-root-other-meaning
يعقدون | =عقدت | verb-forms,homograph,same-root-other-meaning
العقد | ak4 ak5 ak7 ak10 | ak6 ak9 mr5 ak1 ak2 ak3 ak8 ak11 ak12 qm6 mh6 |
    homograph,broken-plural,verb-vs-noun
عقدا | =العقد | homograph,clitics,verb-vs-noun
عقدين | ak6 ak9 mr5 | ak4 ak5 ak7 ak10 ak11 ak1 ak2 ak3 ak8 qm6 mh6 | dual,homograph
قرار | qr1 qr3 qr9 rh2 vt5 | qr6 qr7 qr8 qr10 | single-word,sound-plural,same-root-other-meaning
القرارات | =قرار | sound-plural,same-root-other-meaning
قررت | qr2 qr4 qr5 qr11 nf3 | qr6 qr7 qr8 qr10 | verb-forms,same-root-other-meaning
يقررون | =قررت | verb-forms,same-root-other-meaning
السوق | sq1 sq2 sq6 sq11 qr11 qr7 qm7 sf1 wq5 ab6 ed1 | sq3 sq4 sq5 sq7 sq8 sq9 sq10 |
    broken-plural,same-root-other-meaning
الأسواق | =السوق | broken-plural,hamza
سائق | sq3 sq4 sq8 sq9 mt4 | sq1 sq2 sq5 sq10 sq6 | sound-plural,feminine,hamza,same-root-other-meaning
السائقين | =سائق | sound-plural,hamza
الساق | sq5 rk5 | sq10 sq3 | single-word,verb-vs-noun
ولاية | wl1 wl4 wl7 sj5 | wl2 wl3 wl10 wl5 wl6 | homograph,sound-plural
الولايات | =ولاية | sound-plural,homograph
ولد | wl8 wl11 wl12 | wl9 wl13 wl6 vt6 | verb-vs-noun,homograph,verb-forms,harakat-in-doc
يولد | =ولد | verb-forms,verb-vs-noun
الأولاد | wl9 wl13 | wl8 wl11 wl12 wl6 | broken-plural,verb-vs-noun
والي | wl5 | wl6 wl1 wl4 | single-word,same-root-other-meaning
الصحة | sh1 sh7 sh8 dm5 kb6 | sh2 sh9 sh3 sh4 sh5 sh6 sh10 sh11 | homograph,ta-marbuta,nisba
الصحه | =الصحة | typed-by-reader,ta-marbuta
صحيفة | sh3 sh4 dk6 | sh11 sh1 sh7 sh2 ak3 bn6 hk2 | broken-plural,same-root-other-meaning
الصحف | =صحيفة | broken-plural
الصحراء | sh5 sh10 | sh1 sh7 sh3 sh4 | hamza,same-root-other-meaning
البناء | bn1 bn2 bn9 mh4 | bn3 bn4 bn12 bn5 bn6 bn11 bn10 | hamza,same-root-other-meaning
أبناء | bn3 bn4 bn12 wl6 mn2 | bn5 bn6 bn11 bn1 bn2 bn9 bn10 bn13 |
    hamza,pronoun-suffix,same-root-other-meaning
ابناء | =أبناء | typed-by-reader,hamza
الأنباء | bn5 bn6 bn11 sh9 | bn3 bn4 bn12 bn1 bn2 bn9 | hamza,letter-swap
انباء | =الأنباء | typed-by-reader,hamza
بنى | bn7 bn8 | bn10 bn13 bn3 bn4 kt6 dm3 qd6 | verb-forms,alef-maqsura,verb-vs-noun
السكان | sk1 sk2 sk8 sk10 mr6 kb5 rh2 | sk3 sk4 sk9 sk5 sk6 sr2 ms3 | broken-plural,same-root-other-meaning
سكّان | =السكان | harakat-in-query,broken-plural
مسكنات | sk4 sk9 | sk3 sk11 sk1 sk5 | sound-plural,same-root-other-meaning
المساكن | sk3 sk11 | sk4 sk9 sk1 sk2 | broken-plural,same-root-other-meaning
الحوامل | hm2 hm4 hm8 | hm1 hm3 hm5 hm6 hm10 hm7 hm9 | broken-plural,homograph
حامل اللقب | hm1 hm5 | hm4 hm3 | 2-word,homograph
"حاملة الطائرات" | hm3 hm10 | hm4 hm2 hm6 | phrase,dual,same-root-other-meaning
مباحثات | bh1 bh2 bh9 | bh3 bh8 bh4 bh7 bh10 bh5 | sound-plural,same-root-other-meaning,typed-by-reader
المباحثات | =مباحثات | sound-plural
المباحث | bh3 bh8 | bh1 bh2 bh9 bh4 | same-root-other-meaning,prefix-overlap
باحثون | bh4 bh7 bh10 | bh1 bh2 bh3 bh8 bh5 bh9 | sound-plural,feminine,same-root-other-meaning
الباحثين | =باحثون | sound-plural
القمة | qm1 qm2 qm6 qm8 | qm3 qm4 qm5 qm7 | homograph,broken-plural,pronoun-suffix
قمه | =القمة | typed-by-reader,ta-marbuta
المرور | mr1 mr3 mr8 | mr2 mr7 mr4 mr5 | homograph,same-root-other-meaning
مشروع | sr1 sr2 sr6 qa1 sm3 | sr3 sr9 sr4 sr5 sr8 | homograph,broken-plural
مشاريع | =مشروع | broken-plural
الشوارع | sr4 sr7 qm5 sq9 mr4 rk6 dm4 nv4 | sr5 sr1 sr8 sr2 sr6 |
    broken-plural,clitics,same-root-other-meaning
الحجاج | hj1 hj5 hj8 | hj2 hj6 hj7 hj3 hj4 | broken-plural,substring-overlap
احتجاجات | hj2 hj7 sf6 ab5 | hj1 hj5 hj8 hj3 | sound-plural,substring-overlap
الاحتجاج | =احتجاجات | hamza,sound-plural
خطبة | kt1 kt3 | kt2 kt4 kt5 | homograph,pronoun-suffix,same-root-other-meaning
الخطة | kt5 kt7 hj5 hd5 nm5 | kt6 kt8 kt1 kt2 | broken-plural,verb-vs-noun,pronoun-suffix
خطتها | =الخطة | pronoun-suffix
الركاب | rk1 rk2 rk5 | rk3 rk8 rk6 rk4 rk7 rk9 | broken-plural,feminine,same-root-other-meaning
راكب | =الركاب | broken-plural
ركبة | rk3 rk8 | rk1 rk2 rk5 rk6 lh4 rk4 rk7 rk9 | pronoun-suffix,same-root-other-meaning
مركبات | rk4 rk7 | rk9 rk1 rk3 | sound-plural,same-root-other-meaning
الضباب | db1 db5 db8 mr8 | db2 db3 db6 db4 db7 | one-letter-apart,same-root-other-meaning
ضابط | db2 db3 db6 | db1 db5 db4 db7 sr3 | broken-plural,feminine,same-root-other-meaning
الضباط | =ضابط | broken-plural
الثلوج | th1 th2 th6 th7 qm3 | th3 th4 th5 | broken-plural,harakat-in-doc
الثلج | =الثلوج | broken-plural
ثلاجة | th3 th4 | th1 th2 th6 | sound-plural,same-root-other-meaning
استهدف | hd2 hd5 hd8 sw1 | hd1 hd4 hd7 hd3 hd6 | verb-forms,same-root-other-meaning
يستهدف | =استهدف | verb-forms
الهدافين | hd3 hd6 | hd1 hd7 hd4 hd2 | sound-plural,same-root-other-meaning
أهداف | hd1 hd7 hk3 | hd4 hd2 hd5 hd8 hd3 hd6 nm4 | homograph,broken-plural,pronoun-suffix
اهداف | =أهداف | typed-by-reader,hamza
الجزائر | jz2 jz6 ed6 | jz3 jz4 jz7 jz8 | place,nisba,same-root-other-meaning
جزاء | jz3 jz7 | jz2 jz4 jz6 ed6 | hamza,place-vs-word
سعر الصرف | sf1 sf3 | sf2 sf8 sf5 sf4 | 2-word,homograph
مصرف | sf3 sf6 hd8 | sf4 sf2 sf8 | homograph,broken-plural
المصارف | =مصرف | broken-plural
"الصرف الصحي" | sf2 sf8 | sf1 sf3 sf5 sh6 | phrase,homograph
القروض | qd1 qd2 qd6 | qd3 qd5 | broken-plural,dual,substring-overlap
قرض | =القروض | broken-plural,dual
أحكام | hk1 hk2 hk6 tn1 | hk3 hk5 hk4 jz7 kh1 vt3 | homograph,broken-plural,verb-vs-noun
الاحكام | =أحكام | typed-by-reader,hamza
الطعن | tn1 tn3 | tn2 tn4 sk5 | homograph,broken-plural
الطعون | =الطعن | broken-plural
طعنات | tn4 sk5 | tn1 tn3 tn5 | sound-plural,homograph
المتهمين | mt1 mt3 mt5 hk1 bh8 | mt2 mt6 mt4 db2 | sound-plural,feminine,same-root-other-meaning
متهم | =المتهمين | sound-plural
اتهم | mt2 mt6 | mt1 mt3 mt5 mt4 | verb-forms,same-root-other-meaning
يتهمون | =اتهم | verb-forms
السجون | sj1 sj2 sj5 hk1 | sj3 sj4 dk9 | broken-plural,clitics,same-root-other-meaning
سجن | =السجون | broken-plural
الشبكة | sb1 sb5 sb7 sf2 kt7 | sb3 sb4 sb8 sb2 sb6 | pronoun-suffix,same-root-other-meaning
شبكات | =الشبكة | sound-plural
اشتباكات | sb2 sb6 bn3 | sb1 sb3 sb4 sb5 | sound-plural,same-root-other-meaning
"شباك التذاكر" | sb4 sb8 | sb3 | phrase,broken-plural,homograph
تذاكر | dk1 dk2 sb4 sb8 | dk3 dk4 dk7 dk8 dk5 | broken-plural,same-root-other-meaning
تذكرة | =تذاكر | broken-plural
"مذكرة توقيف" | dk3 | dk4 | phrase,homograph
الذكرى | dk5 sh3 | dk6 dk9 dk1 dk7 dk3 dk4 | alef-maqsura,same-root-other-meaning
ذكري | =الذكرى | typed-by-reader,alef-maqsura
الأوقاف | wq1 wq2 wq10 kt3 | wq3 wq4 wq5 wq6 wq9 wq8 | broken-plural,same-root-other-meaning
اوقاف | =الأوقاف | typed-by-reader,hamza
موقف | wq4 wq6 | wq5 wq9 wq3 wq1 | homograph,broken-plural
مواقف | =موقف | homograph,broken-plural
"وزارة الأوقاف" | wq1 kt3 | wq10 wq2 | phrase
نفق | nf1 nf2 | nf3 nf4 nf5 | broken-plural,same-root-other-meaning
أنفاق | =نفق | broken-plural,hamza
النفقات | nf3 nf5 | nf1 nf2 | sound-plural,same-root-other-meaning
أخطاء | kh1 kh2 kh4 | kh3 kh5 | hamza,homograph,typed-by-reader
خطأ | =أخطاء | hamza,broken-plural
الحمى | hv1 hv2 hv4 | hv5 hv3 hv6 hv7 | alef-maqsura,homograph,same-root-other-meaning
حمي | =الحمى | typed-by-reader,alef-maqsura
حماية | hv3 hv6 | hv1 hv2 hv4 hv5 hv7 | clitics,same-root-other-meaning
السكري | sg1 sg4 sg8 ay2 | sg3 sg6 sg2 sg5 sg7 rk7 db2 | substring-overlap,nisba,harakat-in-doc
بالسكري | =السكري | clitics
السكر | sg2 sg5 sg7 | sg1 sg4 sg8 sg3 sg6 rk7 db2 ay2 | substring-overlap,same-root-other-meaning
أسعار السكر | sg2 | sg1 sg4 | 2-word,broken-plural
الدم | dm1 dm4 dm5 | dm2 dm3 db8 kb4 | broken-plural,place-vs-word,clitics
دماء | =الدم | broken-plural,hamza
قدّم | qa1 qa2 qa3 qa8 hj3 dk6 ns2 bd1 | qa4 qa5 qa6 qa7 hm7 sh5 lw10 |
    verb-forms,verb-vs-noun,harakat-in-query
يقدم | =قدّم | verb-forms,verb-vs-noun
"كرة القدم" | qa5 qa6 lw10 | qa4 qa1 | phrase,clitics
لوحة | lh1 lh2 lh6 | lh3 lh4 lh5 lh7 | homograph,sound-plural,same-root-other-meaning
لوحات | =لوحة | sound-plural,homograph
الألواح الشمسية | lh4 lh7 | lh3 lh1 | 2-word,typed-by-reader,hamza
نشرة | ns1 ns2 | ns3 ns4 ns5 bh10 sw2 nv6 | ta-marbuta,verb-vs-noun,same-root-other-meaning
النشرة | =نشرة | ta-marbuta
فتوى | ft1 ft4 | ft3 ft5 ft2 ft7 | alef-maqsura,broken-plural,same-root-other-meaning
فتاوى | =فتوى | broken-plural,alef-maqsura
المفتي | ft2 ft7 | ft6 ft1 ft3 | same-root-other-meaning,substring-overlap
مدينة صور | sw1 | sw2 | 2-word,place-vs-word
الصور | sw2 sw4 sw5 | sw1 sw3 | broken-plural,place-vs-word
صورة | =الصور | broken-plural,place-vs-word
صنعاء | sn1 sn3 sn6 sq11 lw8 sl6 | sn2 sn4 sn5 | place,hamza,place-vs-word,clitics
صنعا | =صنعاء | typed-by-reader,hamza,place
الصناعة | sn2 sn5 | sn1 sn3 sn6 sn4 sw2 | sound-plural,place-vs-word
الصناعات | =الصناعة | sound-plural
في صنعاء | sn3 sq11 sl6 lw8 | sn2 sn5 | 2-word,function-words,place
مدينة الخبر | kb1 | kb5 kb2 | 2-word,place-vs-word
أخبار | kb2 kb3 kb5 ns2 | kb1 kb4 kb6 kb7 | broken-plural,place-vs-word,same-root-other-meaning
الاخبار | =أخبار | typed-by-reader,hamza
الزرقاء | zr1 zr3 | zr2 zr4 sj5 | place-vs-word,hamza
بالزرقاء | =الزرقاء | clitics,place
الخرطوم | kr1 kr3 wl1 sr7 | kr2 | place-vs-word
بالخرطوم | =الخرطوم | clitics,place
الرمادي | rm1 rm3 | rm2 | place-vs-word
المنامة | mn1 mn3 | mn2 | place-vs-word,ta-marbuta
المنامه | =المنامة | typed-by-reader,place
الحلة | hl1 hl3 | hl2 an6 | place-vs-word,ta-marbuta
العيون | ay1 ay3 | ay2 ay4 | place-vs-word,homograph
عيّن | an1 an2 an5 an7 | an3 an4 an6 | verb-forms,harakat-in-query,harakat-in-doc,verb-vs-noun
المنصورة | ms2 ms3 hk6 | ms1 | place-vs-name,typed-by-reader
المنصوره | =المنصورة | typed-by-reader,ta-marbuta
سوسة | ss1 ss3 | ss2 | place-vs-word
سوسه | =سوسة | typed-by-reader,place
محافظ | mh1 mh6 mh8 mh9 sh9 an2 sk11 | mh2 mh3 mh4 mh7 mh5 th5 sf4 hv1 bd1 | homograph,sound-plural,tatweel
المحافظ | =محافظ | tatweel,homograph
المحافظة | mh4 mh7 th5 an2 sf4 hv1 bd1 | mh3 mh1 mh6 mh8 mh2 sh9 sk11 mh9 | homograph,sound-plural,masdar
المحافظات | =المحافظة | sound-plural
نفى | nv1 nv2 nv5 nv6 sh2 mt1 kb2 sl3 | nv3 nv4 sk10 | verb-forms,alef-maqsura,same-root-other-meaning
نفت | =نفى | verb-forms
ينفون | =نفى | verb-forms
أعرب | ar1 ar2 ar5 | ar3 ar4 | verb-forms,name-vs-word
تعرب | =أعرب | verb-forms,name-vs-word
الأمين العام | ar1 ag1 | ag2 | 2-word,name-vs-word,homograph
رحّبت | rh1 rh2 rh4 | rh3 rh5 | verb-forms,harakat-in-query,same-root-other-meaning
انسحب | ab1 ab2 ab5 | ab3 ab4 ab6 | verb-forms,same-root-other-meaning
انسحبوا | =انسحب | verb-forms
صوّت | vt1 vt2 vt5 sr6 | vt3 vt4 vt6 vt7 | verb-forms,verb-vs-noun,harakat-in-query
يصوتون | =صوّت | verb-forms,verb-vs-noun
الأصوات | vt4 vt7 | vt3 vt6 vt1 vt2 vt5 sr6 | homograph,broken-plural,verb-vs-noun
ساهم | sm1 sm3 sm4 sn2 | sm2 | verb-forms,verb-vs-noun
يساهم | =ساهم | verb-forms
انستغرام | lw1 lw2 |  | loanword,spelling-variant
انستجرام | =انستغرام | loanword,spelling-variant
تيك توك | lw3 lw4 |  | loanword,spelling-variant
فيديو | lw5 lw6 hk3 |  | loanword,spelling-variant
البنزين | lw7 lw8 |  | loanword,clitics
الفيفا | lw9 lw10 |  | loanword
يونيسف | lw11 lw12 |  | loanword,spelling-variant,clitics
أردوغان | lw13 lw14 ag1 |  | name,hamza
كمبيوتر | lw15 lw16 |  | loanword,spelling-variant
300 | nm1 nm2 | nm3 | number,arabic-indic-digits
٣٠٠ | =300 | number,arabic-indic-digits
٢٠٣٠ | nm4 nm5 | nm8 | number,arabic-indic-digits
خمسمائة | nm6 nm7 lw15 |  | number,spelling-variant,clitics
العيد | ed1 ed2 ed5 ed6 rh3 nm6 | ed3 ed4 nv3 | broken-plural,same-root-other-meaning
الأعياد | =العيد | broken-plural
الصلاة | sl1 ed2 rh3 | sl2 sl3 sl5 | same-root-other-meaning
المصلين | sl4 sl6 | sl5 sl2 | sound-plural,same-root-other-meaning
السفن | sv1 sv2 sv3 zr4 mi1 |  | broken-plural
ناقلة | sv4 sv6 | sv5 | sound-plural,same-root-other-meaning
ميناء | db4 sw3 mh1 sv3 sv6 mi1 mi2 ak4 |  | broken-plural,hamza,typed-by-reader
الموانئ | =ميناء | broken-plural,hamza
قناة السويس | nf1 sv2 | qc1 | 2-word,homograph,place
جبل | jb1 jb3 th7 qm3 sw4 | jb2 | broken-plural,harakat-in-doc,place-vs-word
"الدار البيضاء" | sk5 sm2 | bd1 bd2 | phrase,place
"""


def main():
    keys, docs = {}, []
    for line in DOCS.strip().split("\n"):
        key, text = line.split(" ", 1)
        assert key not in keys, "duplicate doc key " + key
        assert text.strip() == text and text, key
        keys[key] = len(docs) + 1
        docs.append({"id": len(docs) + 1, "text": text})
    assert len({d["text"] for d in docs}) == len(docs), "duplicate doc text"
    lines = []
    for line in QUERIES.strip().split("\n"):
        if line.startswith(" "):
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
    queries, seen = [], {}
    for line in lines:
        parts = [p.strip() for p in line.split("|")]
        q = parts[0]
        assert q and q not in seen, "bad or duplicate query " + q
        if parts[1].startswith("="):
            assert len(parts) == 3, line
            rel, mn = seen[parts[1][1:]]
            phen = parts[2]
        else:
            assert len(parts) == 4, line
            rel, mn, phen = parts[1].split(), parts[2].split(), parts[3]
        for k in rel + mn:
            assert k in keys, f"unknown doc key {k} in {q}"
        assert rel, "no relevant docs for " + q
        assert len(set(rel)) == len(rel) and len(set(mn)) == len(mn), q
        assert not set(rel) & set(mn), "relevant and must_not overlap in " + q
        assert phen, q
        seen[q] = (rel, mn)
        queries.append({"q": q, "relevant": sorted(keys[k] for k in rel),
                        "must_not": sorted(keys[k] for k in mn), "phenomena": phen})
    nrel = sum(len(q["relevant"]) for q in queries)
    nmn = sum(len(q["must_not"]) for q in queries)
    about = ABOUT.format(nd=len(docs), nq=len(queries), nr=nrel, nm=nmn)
    out = {"about": about, "docs": docs, "queries": queries}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "arabic-search-d.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"docs {len(docs)}, queries {len(queries)}, relevant pairs {nrel}, must_not pairs {nmn}")


if __name__ == "__main__":
    main()
