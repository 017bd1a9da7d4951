"""Page furniture: the lines around an article that are never its text, with the reason
each is left out (share and print widgets, advert markers, menus, counters, comment
forms, end markers, footers, cookie notices, "related" headings, caption labels).

Shared by the page readers; :mod:`artexport.readers.news` re-exports its public names.
"""

from __future__ import annotations

import functools
import re

from .stopwords import fold

# Reasons a line is left out, as `artexport inspect --dropped` lists them.
ADVERT = "advert"
WIDGET = "share/print widget"
NAVIGATION = "navigation"
RELATED = "related links"
COMMENTS = "comments"
END_MARKER = "end marker"
FOOTER = "footer"
SCRIPT = "script"
WEATHER = "weather widget"
COUNTER = "counter"
CAPTION_LABEL = "caption label"
DISCLAIMER = "disclaimer"
COOKIES = "cookie notice"
MASTHEAD = "masthead"
BYLINE_ROLE = "byline role"
TAGS = "tags label"
NEWSLETTER = "newsletter offer"
SITE_NAME = "site name"

_FURNITURE_WORDS: dict[str, str] = {}
for _reason, _words in (
    (WIDGET, ("icon", "التغطية الحية", "تغطية حية", "مباشر", "حجم الخط", "+A", "-A", "A+",
              "A-", "A", "طباعة", "اطبع", "نسخة للطباعة", "مشاركة", "شارك", "شارك الخبر",
              "شارك المقال", "تابعونا على", "تابعونا", "تابعنا", "تابعنا على", "إرسال",
              "أرسل لصديق", "حفظ", "نسخ الرابط", "Tweet", "Share", "Print", "Email",
              "E-mail", "Facebook", "Twitter", "WhatsApp", "Linkedin", "Pinterest", "Reddit",
              "Telegram", "Follow", "Follow us", "Pause", "Play", "Close",
              "Réutiliser ce contenu", "Contribuer", "Lire plus tard", "Lecture zen",
              "فیس بک", "فیسبک", "ٹوئٹر", "ٹویٹر",
              "واٹس ایپ", "فیسبوک", "توییتر", "تلگرام", "اینستاگرام", "واتساپ",
              "Share this story About sharing", "Share this story", "Share this article",
              "Share this", "Share this:", "Sharing is caring", "Sharing is caring!",
              "Permalink", "Copy link", "Copy", "Link copied", "mailto", "Flipboard",
              "شارك هذا", "شارك هذا المقال",
              "نسخ", "انسخ الرابط", "فيسبوك", "فيس بوك", "تويتر", "واتساب", "واتس اب",
              "تيليجرام", "تلغرام", "انستغرام", "إنستغرام", "يوتيوب", "لينكدإن", "لينكد إن",
              "طباعة الخبر", "مشاركة الخبر", "تكبير الخط", "تصغير الخط", "رابط مختصر",
              "الرابط المختصر", "غرد", "أرسل", "أرسل الخبر",
              "اشتراک گذاری", "اشتراک", "چاپ", "ارسال", "شیئر کریں", "شیئر", "پرنٹ",
              "Partager", "Compartir", "Compartilhar", "Condividi", "Teilen", "Delen",
              "Paylaş", "Bagikan", "Imprimer", "Imprimir", "Stampa", "Drucken",
              # a paywall's or a newsletter box's button alone (Le Monde's, France 24's)
              "Subscribe", "Subscribe now", "Sign up", "Sign up now", "اشترك", "اشترك الآن",
              "S’abonner", "S'abonner", "Je m’abonne",
              "Je m'abonne", "S'inscrire", "S’inscrire", "Jetzt anmelden")),
    (NAVIGATION, ("تجاوز إلى المحتوى الرئيسي", "انتقل إلى المحتوى", "استمارة البحث", "بحث",
                  "الصفحة الرئيسية", "الرئيسية", "Sign in", "Log in", "Search",
                  "Skip to content", "Skip to main content", "Accessibility links",
                  "Skip to navigation", "Skip to search", "Skip to footer",
                  "Skip to key events", "Back to home", "The Guardian - Back to home",
                  "Print subscriptions", "Search jobs", "Key events",
                  "Show key events only", "Please turn on JavaScript to use this feature",
                  "Accessibility Help", "Menu", "More", "Footer Links", "Home",
                  # a caption's or a teaser's toggle: "… at the Auto Show. less"
                  "less", "Show more", "Show less", "See more", "See less", "Read less",
                  "عرض المزيد", "عرض أقل", "Back to top", "Back to Top", "Previous", "Next",
                  "اضغط هنا", "زر الذهاب إلى الأعلى", "الذهاب إلى الأعلى", "اتصل بنا",
                  "من نحن", "سياسة الخصوصية", "شروط الاستخدام",
                  "حقوق النشر", "Contact us", "About us", "Privacy Policy", "Terms of Use",
                  "Terms of Service", "Cookie Policy",
                  "Back to Gallery", "No thanks", "العودة للأعلى", "العودة إلى الأعلى",
                  "للأعلى", "السابق", "التالي",
                  "صفحه اصلی", "جستجو", "ہوم", "تلاش",
                  "Aller au contenu principal", "Aller au contenu", "Se connecter",
                  "Rechercher", "Accueil")),
    (COMMENTS, ("إضافة تعليق جديد", "أضف تعليقك", "أضف تعليق", "اسمك", "تعليقك",
                "تعليقك *", "التعليقات", "Comments", "Leave a comment", "Leave a Reply",
                "Post a comment", "Name *", "Email *", "Website", "Post Comment",
                "Submit", "Reply", "No comments yet", "Leave a Comment", "Add a comment",
                "اترك رد", "اترك تعليقا", "اترك تعليقاً", "أضف ردا",
                "تعليقات الفيسبوك", "تعليقات فيسبوك", "Facebook comments",
                "Join the discussion", "رد", "لا توجد تعليقات", "ارسال نظر", "نظرات",
                "نظر شما", "پاسخ", "تبصرے", "اپنی رائے دیں", "Comentarios", "Normas ›",
                "Mis comentarios", "Commentaires", "Kommentare",
                "Be the first to comment", "Be the first one to comment",
                # the comment box's prompt and sorter: "Share your thoughts", "Sort by:
                # Newest" (they were the text's last lines, read as its tags)
                "Share your thoughts", "Sort by: Newest", "Sort by: Oldest", "Sort by: Best",
                "Sort by: Top", "Sort by: Most liked", "شاركنا رأيك", "ترتيب حسب: الأحدث",
                "ترتيب حسب: الأقدم")),
    (WEATHER, ("الأبراج", "الأحوال الجوية", "الطقس")),
    # the paper's staff box: each label is followed by a name
    # a byline's second line: the writer's post
    (BYLINE_ROLE, ("Staff Writer", "Staff Reporter", "Staff writer", "Contributing Writer",
                   "Contributing Editor", "Senior Writer", "Senior Reporter", "Correspondent",
                   "Staff", "مراسل", "مراسلة", "محرر", "محررة", "مراسل الجريدة",
                   "خاص", "خاص بالموقع", "ویب ڈیسک", "نیوز ڈیسک", "Web Desk", "News Desk")),
    (MASTHEAD, ("الإشراف العام", "رئيس التحرير", "مدير التحرير", "رئيس مجلس الإدارة",
                "نائب رئيس التحرير", "رئيس مجلس الإدارة والتحرير", "المدير العام",
                "مدير عام", "سكرتير التحرير", "رئيس التحرير التنفيذي", "Editor-in-Chief",
                "Editor in Chief", "Managing Editor")),
    # a broadcaster's or a site's name on a line of its own (the page's logo): it is no
    # headline ("بی بی سی اردو" stood above the headline and took its place)
    (SITE_NAME, ("بي بي سي عربي", "بی بی سی فارسی", "بی بی سی اردو", "بی\u200cبی\u200cسی فارسی",
                 "بی\u200cبی\u200cسی اردو", "BBC News",
                 "BBC News عربي", "BBC News فارسی", "BBC News اردو", "BBC Arabic",
                 "سي إن إن بالعربية", "CNN بالعربية", "CNN Arabic", "سكاي نيوز عربية",
                 "فرانس 24", "يورونيوز",  # ("الجزيرة نت": see "... نت" below)
                 "اندبندنت عربية", "ایران اینترنشنال", "رادیو فردا", "دويتشه فيله",
                 "DW عربية", "الحرة", "إندبندنت فارسی", "ایندیپندنت فارسی")),
    (END_MARKER, ("انتهى", "// انتهى //", "/انتهى/", "- انتهى -", "(انتهى)", "-انتهى-",
                  "پایان پیام", "ENDS", "END", "###", "End of Article", "End of article")),
    (ADVERT, ("Advertisement", "Advertisements", "Advert", "Ad", "Ads", "Sponsored",
              "Sponsored content", "Paid content", "Paid post", "Promoted",
              "Story continues below advertisement", "Continue reading below",
              "Scroll to continue with content", "Ads by Google", "Recommended by Outbrain",
              "Promoted content by Outbrain", "From Around the Web", "إعلان", "اعلان",
              "إعلانات", "اعلانات", "محتوى مدفوع", "محتوى إعلاني", "تبلیغات", "آگهی",
              "تبلیغ", "اشتہار", "اشتہارات", "Anzeige", "Werbung", "Publicité",
              "Publicidad", "Pubblicità", "Publicidade", "Advertentie", "Reklam", "Iklan")),
    (RELATED, ("الأكثر قراءة", "الأكثر تصفحاً", "الأكثر تصفحا", "الأكثر مشاهدة",
               "آخر الأخبار", "اقرأ أيضا", "اقرأ أيضاً", "اقرأ المزيد", "المزيد",
               "Related", "Related stories", "Related articles", "Most read",
               "Most watched", "Most popular", "Top Stories", "More on this story",
               "Read more", "See also", "Must watch", "Must read", "Just watched",
               # the writer's box, under the text
               "عن الكاتب", "عن الكاتبة", "نبذة عن الكاتب", "About the author",
               "About the writer")),
):
    _FURNITURE_WORDS.update((fold(w), _reason) for w in _words)

# "3 hours ago", "32M ago", "Published 1 day ago", "updated 16M ago", "منذ ساعتين",
# "قبل 3 ساعات": when a teaser was posted (a list of them follows an article)
_RELATIVE_TIME = (
    # (a clock icon drawn by an icon font comes out as one letter before it: "l قبل 5 ساعات")
    # (Dawn's "Updated about 3 hours ago"; a label, its colon: "Updated: 2 hours ago",
    # "Last updated: 5 mins ago", "آخر تحديث: منذ ساعتين")
    r"^([a-z]\s+)?((((last\s+)?(published|posted|updated)\s*:?\s+)?"
    r"((about|over|almost|nearly)\s+)?"
    r"(\d+\s*(seconds?|minutes?|mins?|hours?|hrs?|days?|"
    r"weeks?|months?|[smhd])(,?\s*\d+\s*(seconds?|minutes?|mins?|hours?|hrs?))?|"
    r"an? (minute|hour|day|week|month))\s+ago)|"
    r"((آخر تحديث|تحديث|نشر)\s*:?\s*)?(منذ|قبل)\s+(\d+\s+)?(ثانية|ثوان|ثواني|دقيقة|دقيقتين|"
    r"دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|اسبوع|أسبوع|أسبوعين|أسابيع|شهر|شهرين|أشهر)|"
    # Persian's "۵ دقیقه پیش", Urdu's "2 گھنٹے پہلے"
    r"(\d+|یک)\s+(ثانیه|دقیقه|ساعت|روز|هفته|ماه)\s+(پیش|قبل)|"
    r"(\d+|ایک)\s+(سیکنڈ|منٹ|گھنٹے|گھنٹہ|دن|ہفتے|ہفتہ|مہینے|ماہ)\s+(پہلے|قبل))$")

# The label over a post's tags (also read by the scrape reader, which takes the tags)
TAG_LABELS = ("tags", "tagged", "topics", "suggested topics", "keywords", "الوسوم", "وسوم",
              "الكلمات المفتاحية", "كلمات مفتاحية", "كلمات البحث", "الكلمات الدالة",
              "كلمات دالة", "برچسب‌ها", "برچسب ها", "کلیدواژه‌ها", "ٹیگز")


def label_alternation(labels: tuple[str, ...]) -> str:
    """``labels`` as a regular-expression alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))


TAG_LABEL = label_alternation(TAG_LABELS)

# BBC World Service's label of a photo's source, in Arabic, Persian and Urdu (the source
# itself may follow on the next line: see :mod:`.page_text`)
PHOTO_SOURCE_LABEL = "صدر الصورة|مصدر الصورة|منبع تصویر|تصویر کا ذریعہ"

_FURNITURE_PATTERNS: list[tuple[str, str]] = [
    (r"^\d{1,4}\.?$", COUNTER),                                   # "19", "2020"
    (r"^\d{1,3}(?:[.,]\d)?[KkM]$", COUNTER),                       # "1.2K" claps
    # an item's number on the page ("کد خبر 912345"): it was taken for the headline
    (r"^(?:کد خبر|کد مطلب|شناسه خبر|رقم الخبر|News ID)\s*[:：]?\s*[\d۰-۹]+$", COUNTER),
    # a correspondent's post after the name, which the byline took: "(Lyon, correspondante)"
    (r"^\((?:[^()]{2,30}[,،]\s*)?(?:correspondant|correspondante|envoyée? spéciale?|"
     r"correspondent|special correspondent|corresponsal|enviad[oa] especial|"
     r"korrespondent(?:in)?|inviat[oa] special[ei])\)$", BYLINE_ROLE),
    (r"^[A-Z][a-z]{2,3}\.$", COUNTER),                            # "Feb."
    (r"^[*+•·▪◦–-]$", NAVIGATION),                                # an empty bullet
    # the paper's tagline under its name: "صحيفة يومية تصدر عن مؤسسة الجزيرة للصحافة ..."
    (r"^(صحيفة|جريدة|مجلة)\s+(يومية|أسبوعية|اسبوعية|شهرية|إلكترونية|الكترونية|"
     r"سياسية|مستقلة)\s[^.]{0,80}$", MASTHEAD),
    # a clock: "11:20 ت م", "الساعة 00:00 م"; a live blog entry's "Updated at 15.20 GMT"
    (r"^(الساعة\s+)?\d{1,2}:\d{2}(\s*(ت\s*\.?\s*م|ص|م|[ap]\.?m\.?|gmt|utc))?$|"
     r"^updated at\s+\d{1,2}[:.]\d{2}(\s*([ap]\.?m\.?|gmt|utc|bst|cet|cest|edt|est))?$", COUNTER),
    # a currency ticker's line: "4.72 جنيه إسترليني", "3.53 دولار أمريكي"
    (r"^\d+([.,]\d+)?\s+(جنيه|دينار|دولار|يورو|ريال|درهم|ليرة|شيكل|روبل|ين|يوان)(\s+\S+)?$",
     COUNTER),
    (r"^(?-i:[A-Z]{1,3})$", NAVIGATION),                          # a logo's letters: "TT"
    (r"^page\s+[a-z]?\d{1,3}[a-z]?$", COUNTER),                    # a print page: "Page 1A"
    (_RELATIVE_TIME, COUNTER),
    (r"^\d[\d,.]*\s*[km]?\s*shares?$", COUNTER),                 # "0shares", "1.2K Shares"
    # a share button's label: "Click to share on Twitter (Opens in new window)"
    (r"^(click|tap) to (share|email|print)\b", WIDGET),
    # a WordPress button's shortcode the theme left unrendered: "[button link=...] Send
    # us YOUR review[/button]"
    (r"^\[button\b[^\]]{0,300}\][^\[]{0,80}\[/button\]$", WIDGET),
    # a magazine's subscription offer: "... every month. 12 issues for £11.99. Click here"
    (r"^(?!.{240}).*\b\d{1,3} issues for [£$€]\s?\d.*\bclick here\b", ADVERT),
    # the paper's call for tips under the text: "Have a tip? Jane Roe may be reached at
    # jroe@... Follow her on Twitter" (Advance Local's sites)
    (r"^(?!.{300})have a (?:news )?tip\?\s.*(?:reached|contact|email|e-mail|@)", ADVERT),
    (r"^share (on|via|with) \w+$", WIDGET),
    (r"^(شارك|شاركها|انشر|مشاركة)\s+(على|عبر|في)\s+\S+$", WIDGET),
    # the site's own channels: "تابعونا على جوجل نيوز", "حمل تطبيق الجريدة", "انضم إلى
    # قناتنا على تيليجرام"
    # (the verbs only in the forms that address the reader: "تابع الرئيس حديثه" is news;
    # "للمزيد من الأخبار" may come first; "تابع أحدث الأخبار عبر تطبيق": the imperative
    # only with the site's "latest news")
    (r"^(?!.{100})(?:للمزيد(?:\s+من\s+(?:الأخبار|الاخبار|التفاصيل|المعلومات))?\s*[،,:]?\s*)?"
     r"((تابعونا|تابعوا|تابعنا|للاشتراك|للمتابعة|"
     r"تابع\s+(?:أحدث|آخر|احدث|اخر)\s+(?:ال)?أخبار)\b.{0,60}"
     r"(جوجل نيوز|google news|تطبيق|قناة|قناتنا|تيليجرام|تلغرام|تليجرام|يوتيوب|واتساب|"
     r"النشرة|نشرتنا|صفحتنا|حساباتنا)|(حمل|حملوا|حمّل|حمّلوا|نزل|لتحميل|تحميل)\s+تطبيق|"
     r"(انضم|انضموا)\s+(إلى|الى|ل)\s*(قناتنا|قناة|مجموعتنا)|"
     r"(اشترك|اشتركوا)\s+(الآن|في\s+(النشرة|نشرتنا|قناتنا|القناة))|"
     # ("اشترك في «الأخبار» على يوتيوب هنا": the paper's name, then its channel)
     r"(اشترك|اشتركوا)\s+في\s+[«\"“]?\S+(\s+\S+)?[»\"”]?\s+على\s+"
     r"(يوتيوب|تيليجرام|تلغرام|تليغرام|واتساب|إنستغرام|انستغرام|فيسبوك|تويتر|إكس|تيك توك))"
     r"\b[^.]{0,40}$", WIDGET),
    # an image's label rather than its caption: "صورة أرشيفية", "(أرشيفية)"
    (r"^\(?(صورة\s+)?(أرشيفية|ارشيفية|تعبيرية|توضيحية|أرشيف|ارشيف)\)?$", CAPTION_LABEL),
    # a photo's credit: "Le360 (صورة)", "AFP (photo)"
    (r"^[^()]{1,30}\((?:صورة|الصورة|photo)\)$", CAPTION_LABEL),
    (r"^follow (?:us|@?\S+(?: \S+){0,3}) on (?:twitter|facebook|instagram|linkedin|"
     r"youtube|tiktok|x)$|^تابع(?:ونا|نا)? على (?:تويتر|فيسبوك|إنستغرام|انستغرام|يوتيوب)", WIDGET),
    # a comment form's check box, and a comment list's heading: "34 responses to “...”"
    (r"^save my name,? e-?mail,? and website\b|^notify me (of|via)\b|"
     # WordPress's comment form, in the languages it ships ("Leave a Reply", "Your email
     # address will not be published.", "لن يتم نشر عنوان بريدك الإلكتروني")
     r"^your email address will not be published\b|^required fields are marked\b|"
     r"^(cancel reply|deixe uma resposta|deja una respuesta|laisser un commentaire|"
     r"lascia un commento|hinterlasse einen kommentar)\b|"
     r"^(o seu endereço de (e-mail|email) não será publicado|tu dirección de correo "
     r"electrónico no será publicada|votre adresse (e-mail|email|de messagerie) ne sera pas "
     r"publiée|لن يتم نشر عنوان بريدك الإلكتروني)", COMMENTS),
    # a gallery's or a playlist's count: "(16 Videos)", "(12 صورة)"
    (r"^\(\d+\s+(videos?|photos?|images?|pictures?|slides?|فيديو|فيديوهات|صور|صورة)\)$",
     COUNTER),
    # reading time: "5 min read", "Reading time: 3 minutes", "Tempo de leitura: 1 minuto"
    (r"^(\d+\s*(min|mins|minutes?)\.?\s+read|(estimated\s+)?reading time\s*:?\s*\d+|"
     r"tempo de leitura\s*:?\s*\d+|temps de lecture\s*:?\s*\d+|lesezeit\s*:?\s*\d+|"
     r"tempo di lettura\s*:?\s*\d+|tiempo de lectura\s*:?\s*\d+|okuma süresi\s*:?\s*\d+|"
     r"(وقت|زمن|مدة) القراءة\s*:?\s*\d+|زمان مطالعه\s*:?\s*\d+)\D{0,12}$|"
     r"^(قراءة\s+)?\d+\s+(دقيقة|دقيقتان|دقائق)(\s+(للقراءة|قراءة))?$|^(دقيقة|دقيقتان)\s+للقراءة$",
     COUNTER),
    (r"©|\(c\)\s*\d{4}|جميع الحقوق محفوظة|all rights reserved|^copyright\b|"
     r"کلیه حقوق|جملہ حقوق", FOOTER),
    (r"\bis sponsored by$|^sponsored by\b", ADVERT),
    # a newsletter's sign-up form, what it asks and answers: "Sign up for our newsletter",
    # "Thanks for signing up!", "There was an error processing your subscription."
    # (the forms that address the reader: "Readers who subscribe to the paper ..." is news)
    (r"^(?!.{200})(?:(?:please,?\s+)?(?:subscribe|sign\s?-?up|join)\b.{0,60}\b(?:newsletters?|"
     r"inbox|alerts)\b|.{0,60}\b(?:subscribe|sign up) (?:to|for) our\b.{0,40}"
     r"\bnewsletters?\b|(?:thanks|thank you) for (?:signing up|subscribing)|"
     r"you(?: have|'ve) (?:successfully |succesfully )?subscribed|"
     r"there was an error processing your subscription|"
     r"(?:check|keep an eye on) your inbox|.{0,80}\bdelivered (?:straight |directly |right )?"
     r"to your inbox\b|i agree (?:that|to)\b.{0,80}\b(?:newsletters?|send me)\b|"
     r".{0,80}\bopt-in box\b|(?:enter )?your e-?mail(?: address)?\W*$|e-?mail address\W*$|"
     r"(?:عنوان )?(?:البريد|بريدك) (?:الإلكتروني|الالكتروني)\W*$|"
     r".{0,80}\bactivation link\b|"
     r"get (?:the|our)\b.{0,60}\b(?:newsletters?|(?:in|to) your inbox)\b|"
     r"(?:اشترك|اشتركوا|سجل|سجّل)\s+(?:في|ب)\s*(?:النشرة|نشرتنا|القائمة البريدية)|"
     r"أدخل بريدك الإلكتروني|(?:شكرا|شكراً) (?:لاشتراكك|على اشتراكك|لتسجيلك)|تم الاشتراك بنجاح)",
     NEWSLETTER),
    (r"\b(?:(?:this|our) (?:web)?site|we) uses? cookies\b|\buses cookies to\b|"
     r"\baccept (?:all )?cookies\b|^cookies? (?:policy|settings|preferences|consent)\b|"
     r"(?:يستخدم (?:هذا )?الموقع|نستخدم) (?:ملفات )?(?:تعريف الارتباط|الكوكيز)|"
     r"(?:این (?:وب)?سایت|ما) از کوکی", COOKIES),
    (r"^(view |read )?\d*\s*(comments?|commentaires?)\s*\(?\d*\)?$", COMMENTS),
    # the comments' state under their count (Dawn's "Comments (12)", then "Closed")
    (r"^((comments? (are )?)?closed|التعليقات مغلقة|commentaires fermés)\.?$", COMMENTS),
    # Dawn Urdu's "کمنٹس (0) بند ہیں" (comments closed) and its share button
    (r"^(کمنٹس|تبصرے)\s*\(\d+\)(\s*بند ہیں)?$", COMMENTS),
    (r"^(اس|یہ)\s+(تحریر|خبر|مضمون)\s+(کو\s+)?شیئر\s+کریں$", WIDGET),
    (r"^\d[\d,.]*\s*[km]?\s+(comments?|commentaires?|تعليقا?ت?|نظر|تبصرے)$", COMMENTS),
    (r"^\d[\d,.]*\s*[km]?\s+(views|reads|shares|likes|مشاهدة|مشاهدات|قراءة|مشاركة|مشاركات|"
     r"بازدید|ویوز)$", COUNTER),
    # a text's pages: "1 2 3 التالي", "« السابق ١ ٢ ٣ التالي »", "Page 2 of 3", "صفحه ۲ از ۳",
    # "Next page", "الصفحة التالية"
    (r"^[«‹<]?\s*(?:(?:السابق|previous|prev|قبلی|پچھلا)\s+)?(?:\d{1,3}\s+){1,12}(?:\.\.\.?\s+)?"
     r"(?:\d{1,3}\s+)?(?:التالي|next|بعدی|اگلا)\s*[»›>]?$|"
     r"^(?:page|الصفحة|صفحة|صفحه|صفحہ)\s*\d{1,3}\s*(?:of|من|از|/)\s*\d{1,3}$|"
     r"^(?:next|previous) page$|^الصفحة (?:التالية|السابقة)$|^صفحه (?:بعد|قبل)$|^اگلا صفحہ$",
     NAVIGATION),
    (r"^(views|reads|عدد المشاهدات|المشاهدات|مشاهدات|عدد القراءات|القراءات|بازدید|"
     r"تعداد بازدید|ویوز)\s*:?\s*\d[\d,.]*$", COUNTER),
    (r"^(image|photo) (copyright|source)\b", CAPTION_LABEL),
    # BBC World Service: a photo's source, a promo's skip link, a byline's role
    # (and BBC Urdu's: "عہدہ, ..." the role, "مضمون کی تفصیل" the byline box's heading)
    # (the label's comma, a right-to-left page's, may come out first: "،تصویر کا ذریعہ")
    (rf"^[,،]?\s*({PHOTO_SOURCE_LABEL})\s*(?:[,،]|$)|"
     r"^(role|عہدہ)\s*[,،]\s|"
     r"^(article information|مضمون کی تفصیل)$|"
     r"^(تخطى|تخطَّ|تجاوز)\s.{0,40}(واصل|وتابع) القراءة$|^از روی .{0,40}رد شوید", CAPTION_LABEL),
    # a caption's buttons (NPR's "hide caption", "toggle caption"), a photo agency's
    # licensing link (Reuters: "Acquire Licensing Rights, opens new tab")
    (r"^(hide|toggle) caption|^(acquire|purchase) licensing rights\b", CAPTION_LABEL),
    # the Guardian's newsletter promotion, its skip link and privacy notice
    (r"^(skip past|after) newsletter promotion$|^privacy notice: newsletters may contain\b|"
     r"^(free )?(daily|weekly|monthly) newsletter$|^sign up (to|for) [^.]{1,40}$",
     NEWSLETTER),  # (Al Jazeera's: "Sign up for Al Jazeera", "Weekly Newsletter")
    (r"\bnewsletter\. sign up here\.?$", NEWSLETTER),  # (Reuters)
    # a Substack post's box: "Thanks for reading The Ledger! Subscribe for free to receive
    # new posts and support my work."
    (r"^thanks for reading\b.{0,80}\bsubscribe\b", NEWSLETTER),
    (r"^sign up here\.?$", WIDGET),  # (Reuters, between two paragraphs: no end)
    # a broadcaster's promotion of its WhatsApp channel (BBC Urdu, Arabic, Persian)
    (r"(?:واٹس ایپ|واتساب|واتس آب|واتس‌اپ|whatsapp) (?:چینل|channel)|قناة (?:بي بي سي )?"
     r"(?:عربي )?على (?:واتساب|واتس آب)|"
     # ... or of its group, to join with a click: "اردو نیوز کے واٹس ایپ گروپ میں شامل
     # ہونے کے لیے کلک کریں", "Click here to join our WhatsApp group"
     r"^(?!.{120}).{0,40}(?:واٹس ایپ|whatsapp|ٹیلی ?گرام|telegram) (?:گروپ|group|community)"
     r"\b.{0,40}(?:کلک کریں|click here)|^(?:click here to )?join our (?:whatsapp|telegram) "
     r"(?:group|community)\b", WIDGET),
    # a wire service's own notices under its stories (Reuters, AP)
    (r"^our standards: the thomson reuters trust principles|^reuters, the news and media "
     r"division of thomson reuters\b|^all quotes delayed a minimum of \d+ minutes|"
     r"^the associated press is an independent global news organization\b|"
     r"^download (?:the|our) app\b", FOOTER),
    (r"^please (turn on|enable) javascript\b", SCRIPT),
    (r"^[_*~=\u0640]{3,}$|^[-–—]{1,3}$", NAVIGATION),  # a separator: "___", "ـــــ", "--"
    # an editor's code under a Persian text ("۲۱۶۲۱۶"): digits alone
    (r"^[\d\u06f0-\u06f9\u0660-\u0669]{5,}$", END_MARKER),
    # a paywall's notice (Le Monde), an audio player's labels (The Atlantic)
    (r"^il vous reste \d+(?:[.,]\d+)?\s?% de cet article à lire|^la suite est réservée aux "
     r"abonnés|^déjà abonné\s?\?|^(?:press play to )?listen to this article$|"
     r"^produced by elevenlabs\b|^voiced by artificial intelligence\.?$", WIDGET),
    # an agency's notice to its subscribers (Anadolu)
    (r"^الموقع الإلكتروني لوكالة الأناضول يتضمن|^[\"“]?anadolu agency[\"”]? website contains "
     r"only a portion of the news|^anadolu ajansı web sitesinde", DISCLAIMER),
    # an agency's sign-off, its editors' initials: "م.ع/ج.ح" (Wafa), "م.ح / ر.ع" (SANA)
    (r"^[\u0621-\u064a]{1,2}\.[\u0621-\u064a]{1,2}(?:\s*/\s*[\u0621-\u064a]{1,2}\."
     r"[\u0621-\u064a]{1,2})+$", END_MARKER),
    # a comment box's own words
    (r"^(?:يجب|يرجى)\s+تسجيل الدخول\s+(?:لإضافة|لاضافة|للتعليق|لكتابة)\s*\S*$|"
     r"^للتعليق\s+يجب\s+تسجيل الدخول$|^(?:التعليقات|تعليقات)\s*\(\d+\)$|"
     r"^you must be logged in to (?:post|leave) a comment\.?$", COMMENTS),
    (r"^(مقالات أخرى للكاتب|اقرأ أيض(?:ا|اً|ًا)|read more|read also|related|see also|"
     r"full article|more from|مطالب مرتبط|بیشتر بخوانید|همچنین بخوانید|یہ بھی پڑھیں|"
     r"یہ بھی پڑھیے|"
     r"مزید پڑھیں)\s*:?", RELATED),
    # ... and in other languages, with the teaser after a colon: "Lire aussi : ...", "SEE
    # MORE: ..." (the Express)
    (r"^(طالع|also read|lire aussi|à lire aussi|lea también|lee también|leia también|leggi anche|"
     r"lesen sie auch|mehr zum thema|lees ook|ayrıca okuyun|baca juga|see more)\s*:", RELATED),
    (r"^(from the section)\b", NAVIGATION),
    # a dossier's link under a column: "من ملف : أزمة الكهرباء" (Al-Akhbar)
    (r"^من ملف\s*:\s*\S[^.]{0,60}$", NAVIGATION),
    # a site's name "... نت" on its own line ("الميادين نت" under the headline)
    (r"^[^\s\d]{3,20}(?:[ .]نت|\.net)$", SITE_NAME),
    # a link to a section or a video: "طالع محليات", "شاهد الفيديو"
    (r"^[\"«“]?(طالع\s+\S+(\s+\S+)?|(شاهد|تابع)\s+(الفيديو|بالفيديو|الصور|بالصور|المزيد|"
     r"البث|التفاصيل|الحلقة|اللقاء|المباراة)(\s+\S+)?)[\"»”]?$", NAVIGATION),
    # a post's tags: the label alone, or with the tags after it ("Tags: a, b, c")
    (rf"^({TAG_LABEL})\s*[:：]?"
     r"(\s*[^\s,،;؛|][^,،;؛|]{0,40}([,،;؛|]\s*[^,،;؛|]{1,40}){1,})?$", TAGS),
    # ... or a few words after the label and a colon, with nothing between the tags
    # ("Topics: Jordan Iraq trade", Arab News)
    (rf"^({TAG_LABEL})\s*[:：]\s*[^\s.!?؟:：]+(\s+[^\s.!?؟:：]+){{0,5}}$", TAGS),
    (r"^(الهاتف|هاتف|فاكس|الفاكس|البريد الإلكتروني|tel|phone|fax|e-?mail)\b[^.]{0,40}:",
     FOOTER),
    (r"^[\w.$]+\(.*\)\s*;?$", SCRIPT),                            # Krux('scrape', {...})
    (r"^-?\d+\s*°", WEATHER),                                     # "14 °"
    (r"^(/+|-+)\s*انتهى\s*(/+|-+)$", END_MARKER),
    (r"^(اليوم|غدا)\s+\d{1,2}:\d{2}", WEATHER),                   # weather time ranges
]


def _one_pattern(anchored: bool) -> re.Pattern[str]:
    """The furniture patterns that start with "^" (or the others) as one alternation
    with a group per pattern: one match per line instead of one per pattern."""
    parts = [f"(?P<p{n}>{p[1:] if anchored else p})"
             for n, (p, _) in enumerate(_FURNITURE_PATTERNS) if p.startswith("^") == anchored]
    return re.compile("|".join(parts), re.I)


_ANCHORED = _one_pattern(True)
_UNANCHORED = _one_pattern(False)

_PIPE_MENU = re.compile(r"\|")
# a breadcrumb trail: "الرئيسية > أخبار > محليات", "BLOG > Nutrition > Meal Plans"
_CRUMBS = re.compile(r"\s+[>»›/]\s+|\s*[>»›]\s*")
_BREADCRUMB = re.compile(r"\S\s*[>»›]\s*\S.*[>»›]|\S\s+/\s+\S.*\s/\s")
# An advert marker dressed in dashes, brackets or stars: "- Advertisement -", "[ إعلان ]".
_DRESSING = re.compile(r"^[\W_]+|[\W_]+$")


@functools.lru_cache(maxsize=8192)
def furniture_reason(line: str) -> str | None:
    """Why ``line`` is page furniture (one of the reasons above: widget labels, share
    buttons, advert markers, end markers, lone times and counters, footers, menus), or
    ``None`` when it is not."""
    text = line.strip()
    if not text:
        return NAVIGATION
    folded = fold(text)
    reason = _FURNITURE_WORDS.get(folded)
    if reason is None and len(folded) < 60:
        reason = _FURNITURE_WORDS.get(fold(_DRESSING.sub("", text)))
    if reason is not None:
        return reason
    hits = [m.lastgroup for m in (_ANCHORED.match(text), _UNANCHORED.search(text))
            if m is not None and m.lastgroup]
    if hits:  # the first pattern in the table's order wins
        return _FURNITURE_PATTERNS[min(int(h[1:]) for h in hits)][1]
    if related_end(text):
        return RELATED
    pair = [p.strip() for p in _PIPE_MENU.split(text)]
    if len(pair) == 2 and all(furniture_reason(p) for p in pair):
        return furniture_reason(pair[0])  # two buttons: "Share on Facebook | Share on X"
    # "الصفحة الرئيسية | فيديو | الشرق الأوسط | ..." is a menu, "2021.06.26 | 14:30" is not;
    # "Home > News > Local" a breadcrumb (its parts are words, not numbers)
    for parts in ([p.strip() for p in _PIPE_MENU.split(text)],
                  [p.strip() for p in _CRUMBS.split(text)]
                  if "«" not in text and _BREADCRUMB.search(text) else []):  # («quotes»)
        if len(parts) >= 3 and sum(len(p.split()) for p in parts) / len(parts) <= 4 \
                and all(p and not p[0].isdigit() for p in parts[1:]):
            return NAVIGATION
    return None


def is_furniture(line: str) -> bool:
    """Page furniture: widget labels, share buttons, end markers, lone times, footers
    (see :func:`furniture_reason`)."""
    return furniture_reason(line) is not None


# Furniture that ends a stretch of article (an ad marker or a share button does not):
# what follows it joins the article only as a heavy run of text.
BARRIERS = frozenset({COMMENTS, DISCLAIMER, END_MARKER, FOOTER, NEWSLETTER})

# A copyright line that ends a page ("© 2024 Site", "... All rights reserved"), not a photo's
# credit ("photos © Inexhibit"; an agency and a photographer in the text: "© Sputnik . Name")
_COPYRIGHT_FIRST = re.compile(r"^\s*(?:©|\(c\)|copyright\b)(?![^\d]{1,30}\s[./]\s\D+$)", re.I)
# "Comments", "12 comments", "التعليقات (3)": a tab or a count that pages put beside
# a headline or between paragraphs, not the comment section itself.
_COMMENTS_LINK = re.compile(r"^[\W\d]*(?:(?:view|read|show)\s+)?(?:comments?|التعليقات|"
                            r"تعليقات|تعليق|نظرات|تبصرے)?[\W\d]*$", re.I)


_RIGHTS_RESERVED = re.compile(r"all rights reserved|جميع الحقوق محفوظة|کلیه حقوق|جملہ حقوق",
                              re.I)


def ends_page(text: str) -> bool:
    """A page's rights notice ("© 2019 CBS Interactive Inc. All Rights Reserved."):
    nothing after it is the article's."""
    return bool(_RIGHTS_RESERVED.search(text))


def ends_article(text: str, reason: str | None) -> bool:
    """Whether a furniture line (``reason`` from :func:`furniture_reason`) ends a
    stretch of article: a comment form, a disclaimer, an end marker, a page's copyright
    footer (a photo credit with "©" or a link to the comments does not)."""
    if reason == FOOTER:
        return bool(_COPYRIGHT_FIRST.match(text)) or ends_page(text)
    if reason == COMMENTS:
        return not _COMMENTS_LINK.match(text)
    return reason in BARRIERS


# A heading that opens a list of links to other pages: "الأكثر قراءة", "اقرأ أيضا",
# "قصائد أخرى للشاعر", "More on this story", "یہ بھی پڑھیں".
_RELATED_HEADING = re.compile(
    r"^(?:(?:[اإ]ظهار|عرض)\s+)?"  # Arabi21's button over its folded box
    r"(?:(?:الأكثر|الاكثر)\s+\S+|آخر الأخبار|أحدث\s+\S+|"
    r"(?:[اإأ]قرأ|طالع)\s+(?:[أا]يض(?:ا|اً|ًا)|المزيد)|عاجل|(?:الأخبار العاجلة|أخبار عاجلة)|"
    r"(?:الأخبار|الموضوعات|المواضيع|المقالات)\s+(?:المتعلقة|ذات الصلة|المرتبطة)|"
    r"(?:اختيارات|مختارات)\s+(?:المحرر|المحررين)|"
    r"شاهد\s+(?:أيضا|أيضاً)|(?:\S+\s+)?قد\s+(?:يعجبك|يهمك|تعجبك|تهمك)|"
    r"(?:\S+\s+)?(?:ذات|ذي|ذو) صلة|المزيد(?:\s+\S+){0,3}|مرتبطة?|"
    r"(?:مقالات|قصائد|أخبار|اخبار|مواضيع|موضوعات|تقارير|قصص|كتب|صور|فيديوهات|مقاطع|دروس)"
    r"\s+(?:أخرى|اخرى|مشابهة|مقترحة|متعلقة|مرتبطة)(?:\s+\S+){0,2}|"
    r"related(?:\s+[^\W\d_]+){0,2}|"
    r"more (?:on|from|in|about|stories|news|videos|articles|like this)\b.{0,30}|"
    r"(?:\S+\s+)?most (?:read|popular|watched|viewed|shared|commented)\b.{0,20}|"
    r"top stories|must (?:watch|read|see)|explore more on these topics|"
    r"(?:our )?latest (?:news|stories|articles|headlines|videos|posts)|"
    r"trending(?: now| stories| news| articles)?|we recommend|"
    r"popular (?:stories|posts|now|articles|news|videos|today)|"
    r"recommended(?: for you| stories| articles| reading)?|up next|"
    r"(?:previous|next|prev) (?:post|article|story|entry)|editor'?s'? picks|don'?t miss|"
    r"read (?:next|more)|about the (?:author|writer)|(?:نبذة )?عن (?:الكاتب|الكاتبة)|"
    r"in case you missed it|"
    r"(?:you|we think you) (?:may|might) (?:also )?(?:like|be interested in).{0,20}|see also|"
    r"(?:المقال|الخبر|الموضوع) (?:السابق|التالي)|(?:المقالة|القصة) (?:السابقة|التالية)|"
    r"also (?:read|on|in)\b.{0,30}|"
    r"مطالب\s+(?:مرتبط|پیشنهادی|مشابه)|(?:اخبار|خبرهای|گزارش‌های)\s+مرتبط|"
    r"پربازدیدترین.*|آخرین اخبار|"
    r"(?:بیشتر|همچنین)\s+بخوانید|یہ بھی پڑھی[ںے]|مزید\s+\S+|متعلقہ\s+\S+|مقبول\s+\S+|"
    r"سب سے زیادہ (?:پڑھی|دیکھی) جانے والی|"
    r"\S+(?:\s+\S+){0,2}\s+سے\s+مزید|"  # Jang's "اہم خبریں سے مزید": more from a section
    r"تازہ ترین|"
    # French, Spanish, Portuguese, Italian, German, Dutch, Turkish, Indonesian
    r"lire aussi|à lire aussi|sur le même sujet|lea también|lee también|leia também|"
    r"leggi anche|lesen sie auch|mehr zum thema|lees ook|ayrıca okuyun|ilgili haberler|"
    r"baca juga|berita terkait)\s*:?$", re.I)


_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)$")
# an Arabic-script heading with its English version after it
_LATIN_TAIL = re.compile(r"(?<=[\u0600-\u06ff])\s+[A-Za-z][A-Za-z ]{1,30}$")

# The heading of a page's list of readers' comments: "34 responses to “Headline”", "One
# thought on “...”", "3 تعليقات على “...”". Nothing after it is the article's.
_COMMENT_LIST = re.compile(
    r"^(?:\d+|one|two|three|no)\s+(?:responses?|comments?|replies|thoughts?)\s+(?:to|on)\s+\S|"
    r"^\d+\s+(?:تعليقات|تعليقا|تعليق|ردود|رد)\s+(?:على|حول)\s+\S", re.I)


# ... or their bare count ("2 تعليقات", "12 Comments", "التعليقات (3)"), which a page
# also prints under its headline: only below the text is it their heading
_COMMENT_COUNT = re.compile(
    r"^(?:\d+\s+(?:comments?|commentaires?|responses?|replies|تعليقات|تعليقا|تعليق|ردود)"
    r"|(?:comments?|commentaires|التعليقات|تعليقات)\s*\(\d+\))$", re.I)


def comment_list_heading(line: str, *, below_text: bool = False) -> bool:
    """The heading of the readers' comments below an article ("34 responses to
    “Anthony Lynn: ...”"; ``below_text``: their bare count too, "2 تعليقات"): what
    follows it is the comments."""
    text = line.strip()
    return len(text.split()) <= 30 and bool(
        _COMMENT_LIST.match(text) or (below_text and _COMMENT_COUNT.match(text)))


_RELATIVE_TIME_LINE = re.compile(_RELATIVE_TIME, re.I)
_MAY_END_RELATIVE = re.compile(r"ago\s*$|منذ|قبل|پیش|پہلے", re.I)  # what every such time holds


def is_relative_time(line: str) -> bool:
    """When a teaser was posted, relative to now: "32M ago", "منذ ساعتين"."""
    return bool(_RELATIVE_TIME_LINE.match(line.strip()))


def without_relative_time(line: str) -> str:
    """``line`` without the relative time after it ("نصر المجالي منذ 3 ساعات": a byline
    and when it was posted, in one line)."""
    if not _MAY_END_RELATIVE.search(line):
        return line  # (no "ago", "منذ" or "قبل": none of its endings can be one)
    words = line.split()
    return next((" ".join(words[:n]) for n in range(1, len(words))
                 if is_relative_time(" ".join(words[n:]))), line)


def related_heading(line: str) -> bool:
    """A short line that heads a list of links to other pages ("اقرأ أيضا", "الأكثر
    قراءة", "قصائد أخرى للشاعر", "More on this story", "یہ بھی پڑھیں")."""
    text = _ELLIPSIS.sub("", line.strip())  # "You may also like..."
    text = _LATIN_TAIL.sub("", text)  # "الأكثر رواجا Trending"
    if text[-1:] in ".!?؟۔":
        return False
    text = _DRESSING.sub("", text)
    return 0 < len(text.split()) <= 6 and bool(_RELATED_HEADING.match(text))


# The line that closes a box (BBC's "End of Related stories", "پایان خبرهای مرتبط",
# "نهاية القصص المقترحة") or an embedded post ("End of twitter post by ...")
BOX_END = re.compile(r"^(?:end of|نهاية|پایان)\s+(?P<box>\S.{0,60})$", re.I)


def related_end(line: str) -> bool:
    """The line that closes a box of links to other pages ("End of Related stories"):
    the box's, and the running text goes on under it."""
    m = BOX_END.match(line.strip())
    return m is not None and related_heading(m.group("box"))


# "Media caption The ferry leaves the pier": a label before a caption (the caption is
# text; the label is not).
# (BBC World Service's labels for screen readers end in a comma: "Image caption, ",
# "التعليق على الصورة، ", "توضیح تصویر، ")
_CAPTION_LABEL = re.compile(r"^[,،]?(?P<label>(?:media|image|video|photo) caption|التعليق على "
                            r"(?:الصورة|الفيديو)|توضیح تصویر|تصویر کا کیپشن)[,،]?\s+"
                            r"(?P<text>\S.*)$", re.I)


def split_caption_label(line: str) -> tuple[str, str] | None:
    """``("Media caption", caption)`` for a labelled caption line, else ``None``."""
    m = _CAPTION_LABEL.match(line.strip())
    return (m.group("label"), m.group("text")) if m else None
