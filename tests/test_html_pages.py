"""The HTML reader on news sites' templates: photos and captions in the text's flow,
datelines, bylines and link-dense paragraphs, as real pages print them."""

from __future__ import annotations

from pathlib import Path

from artexport.model import Article, Heading, Paragraph, plain_text
from conftest import load_quietly, paragraphs_of


def figures_of(article: Article) -> list[tuple[str, str, str | None]]:
    """Every photo (the lead first) as (src, caption, credit)."""
    return [(f.image.src, plain_text(f.caption), f.image.credit) for f in article.figures()]


def _page(tmp_path: Path, body: str, *, lang: str = "ar", title: str = "عنوان الخبر",
          head: str = "") -> Path:
    page = tmp_path / "page.html"
    direction = "rtl" if lang in ("ar", "he", "fa", "ur") else "ltr"
    page.write_text(
        f'<!DOCTYPE html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
        f"<title>{title}</title>{head}</head><body><header><nav><a href='/'>Home</a> <a href="
        f"'/news'>News</a></nav></header><main><article><h1>{title}</h1>{body}</article>"
        "</main><footer>© 2026</footer></body></html>", encoding="utf-8")
    return page


# ---- a photo in a paragraph of its own, its caption in the next -------------------

_MUSEUM = ["افتتح وزير الثقافة صباح اليوم الأحد متحفا جديدا للفنون الشعبية في حي الزمالك "
           "بالقاهرة، بحضور عدد من الفنانين والمثقفين.",
           "ويضم المتحف أكثر من ثلاثة آلاف قطعة تمثل الحرف اليدوية في محافظات مصر المختلفة، "
           "جمعت على مدى عشرين عاما.",
           "وأضاف أن الوزارة تعمل على افتتاح متاحف مماثلة في الإسكندرية وأسوان خلال العام "
           "المقبل.",
           "وتعد هذه الخطوة جزءا من خطة الوزارة لتطوير المتاحف الإقليمية وتشجيع السياحة "
           "الثقافية."]


def test_a_photo_paragraph_followed_by_its_caption_paragraph_is_a_figure(
        tmp_path: Path) -> None:
    """An editor's pasted photos: each <img> in a <p> of its own and its caption in the
    next <p>, no <figure> or box around the two. The captions were paragraphs of the
    text (read out between its sentences), the photos without alt text lost as
    ornaments, and a caption named by its class ("wp-caption-text") lost with its photo.
    A caption opens as captions do ("صورة أرشيفية لـ..."), is set in italics, is named
    by its class, or ends in the photo's credit ("(تصوير: ...)", "(Photo: ...)")."""
    body = (f'<div class="entry-content"><p>{_MUSEUM[0]}</p><p><img src="museum.jpg" alt="">'
            '</p><p>صورة أرشيفية لمبنى المتحف قبل الترميم</p>'
            f'<p>{_MUSEUM[1]}</p><p><img src="hall.jpg" alt=""></p>'
            '<p><em>قاعة العرض الرئيسية في الطابق الأول</em></p>'
            f'<p>{_MUSEUM[2]}</p><p><a href="minister.jpg"><img src="minister.jpg" alt=""></a>'
            '</p><p class="wp-caption-text">وزير الثقافة خلال جولته في المتحف (تصوير: محمد علي)'
            f'</p><p>{_MUSEUM[3]}</p></div>')
    article = load_quietly(_page(tmp_path, body))
    assert paragraphs_of(article) == _MUSEUM
    assert figures_of(article) == [
        ("museum.jpg", "صورة أرشيفية لمبنى المتحف قبل الترميم", None),
        ("hall.jpg", "قاعة العرض الرئيسية في الطابق الأول", None),
        ("minister.jpg", "وزير الثقافة خلال جولته في المتحف", "محمد علي")]


def test_an_english_photo_paragraph_and_its_credit_line_are_a_figure(tmp_path: Path) -> None:
    text = ["The city opened its new river bridge on Sunday after three years of "
            "construction, cutting the commute for thousands of residents.",
            "The bridge carries four lanes of traffic and a separate path for cyclists and "
            "people on foot.",
            "Officials said the project came in under budget, a rare feat for public works."]
    body = (f'<div class="article-body"><p>{text[0]}</p><p><img src="bridge.jpg" alt=""></p>'
            f'<p>(Photo: John Smith/City Herald)</p><p>{text[1]}</p><p><img src="mayor.jpg" '
            'alt=""></p><p>Mayor Ann Lee cuts the ribbon on Sunday. (Photo: John Smith)</p>'
            f"<p>{text[2]}</p></div>")
    article = load_quietly(_page(tmp_path, body, lang="en", title="City opens new bridge"))
    assert paragraphs_of(article) == text
    assert figures_of(article) == [
        ("bridge.jpg", "", "John Smith/City Herald"),
        ("mayor.jpg", "Mayor Ann Lee cuts the ribbon on Sunday.", "John Smith")]


def test_a_paragraph_of_prose_after_a_photo_stays_text(tmp_path: Path) -> None:
    """A short paragraph after a photo that opens as prose does ("صورة قاتمة يرسمها
    التقرير...", "صورة لا ...") is the text's, not the photo's caption."""
    prose = ["صورة قاتمة يرسمها التقرير الجديد لأوضاع المياه في المنطقة.",
             "صورة لا تختلف كثيرا عما رسمه تقرير العام الماضي."]
    body = (f'<div class="entry-content"><p>{_MUSEUM[0]}</p><p><img src="river.jpg" '
            f'alt="النهر"></p><p>{prose[0]}</p><p>{_MUSEUM[1]}</p><p><img src="dam.jpg" '
            f'alt="السد"></p><p>{prose[1]}</p><p>{_MUSEUM[2]}</p></div>')
    article = load_quietly(_page(tmp_path, body))
    assert paragraphs_of(article) == [_MUSEUM[0], prose[0], _MUSEUM[1], prose[1], _MUSEUM[2]]
    assert all(not caption for _, caption, _ in figures_of(article))


def test_a_paragraph_under_a_photo_signed_by_an_agency_or_a_note_stays_text(
        tmp_path: Path) -> None:
    """A paragraph of the news under an editor's pasted photo may end with the agency
    that filed it ("(رويترز)", "- وكالات"), open "الصورة لم ...", "الصورة من الداخل ..."
    (the situation, as prose says), or be the editor's note in italics: it is the text,
    not the photo's caption (it was read as the photo's description, the agency its
    credit). A photo library's name ("(غيتي)") is a credit."""
    prose = ["وكانت الأمم المتحدة قد حذرت الشهر الماضي من نقص حاد في الغذاء في المنطقة "
             "(رويترز)",
             "الصورة لم تتضح بعد بشأن موعد صرف القروض، إذ قال مسؤول إن الأمر يتوقف على "
             "البرلمان",
             "وأكد المتحدث باسم الوزارة أن الخطة تحظى بدعم واسع من المانحين - وكالات",
             "تم تحديث هذا الخبر بإضافة تصريحات وزير المالية حول مصادر التمويل.",
             "الصورة من الداخل تبدو أكثر قتامة، كما يقول سكان الحي الذين التقيناهم"]
    photo = '<p><img src="{}.jpg" alt=""></p>'
    body = (f'<div class="entry-content"><p>{_MUSEUM[0]}</p>{photo.format("a")}'
            f'<p>{prose[0]}</p><p>{_MUSEUM[1]}</p>{photo.format("b")}<p>{prose[1]}</p>'
            f'<p>{_MUSEUM[2]}</p><p><img src="c.jpg" alt=""><br>{prose[2]}</p>'
            f'{photo.format("d")}<p>الوزير خلال جولته في المتحف (غيتي)</p><p>{_MUSEUM[3]}</p>'
            f'{photo.format("f")}<p>{prose[4]}</p>'
            f'{photo.format("e")}<p><em>{prose[3]}</em></p></div>')
    article = load_quietly(_page(tmp_path, body))
    assert paragraphs_of(article) == [_MUSEUM[0], prose[0], _MUSEUM[1], prose[1], _MUSEUM[2],
                                      prose[2], _MUSEUM[3], prose[4], prose[3]]
    assert ("d.jpg", "الوزير خلال جولته في المتحف", "غيتي") in figures_of(article)


# ---- the site's own dateline opening the text ---------------------------------------

_HEALTH = ["أعلنت وزارة الصحة الإماراتية، الاثنين، عن إطلاق برنامج وطني جديد للكشف المبكر "
           "عن أمراض القلب لدى البالغين.",
           "وقالت الوزارة في بيان إن البرنامج يشمل فحوصا مجانية في المراكز الصحية الحكومية في "
           "جميع الإمارات، ويستهدف من تجاوزوا الأربعين."]


def _sky_page(tmp_path: Path, first: str) -> Path:
    return _page(tmp_path, '<div class="article-body">' + first + f"<p>{_HEALTH[1]}</p></div>",
                 title="برنامج وطني للكشف المبكر عن أمراض القلب")


def test_the_sites_name_and_city_opening_the_text_are_its_dateline(tmp_path: Path) -> None:
    """Sky News Arabia opens its text with "سكاي نيوز عربية - أبوظبي", run into the first
    sentence or in bold before it: the listener heard the site's name and the city as
    the text's first words. They are the dateline (the city), as on a line of their own."""
    for first in (f"<p>سكاي نيوز عربية - أبوظبي {_HEALTH[0]}</p>",
                  f"<p><strong>سكاي نيوز عربية - أبوظبي</strong> {_HEALTH[0]}</p>"):
        article = load_quietly(_sky_page(tmp_path, first))
        assert paragraphs_of(article) == _HEALTH
        assert article.dateline == "أبوظبي"


def test_a_sentence_opening_with_the_sites_name_stays_whole(tmp_path: Path) -> None:
    sentence = ("سكاي نيوز عربية - التي تبث من أبوظبي منذ عام 2012 - أطلقت اليوم نشرة "
                "صحية أسبوعية جديدة.")
    article = load_quietly(_sky_page(tmp_path, f"<p>{sentence}</p>"))
    assert paragraphs_of(article) == [sentence, _HEALTH[1]]
    assert article.dateline is None


def test_a_hebrew_byline_names_the_writer_without_its_label(tmp_path: Path) -> None:
    """A Hebrew page's "מאת ישראל כהן" under the headline: the author was "מאת ישראל
    כהן", read as "by Israel Cohen" after the editions' own "by"."""
    text = ["עיריית חיפה הודיעה היום כי קו רכבת קלה חדש יחבר את מרכז העיר לאוניברסיטה כבר "
            "בשנה הבאה, לאחר שנים של עיכובים.",
            "לדברי ראש העירייה, הקו החדש יקצר את זמן הנסיעה בחצי ויפחית את העומס בכבישים."]
    body = ('<div class="article-meta"><span class="author">מאת ישראל כהן</span></div>'
            '<div class="article-body">' + "".join(f"<p>{t}</p>" for t in text) + "</div>")
    article = load_quietly(_page(tmp_path, body, lang="he", title="קו רכבת קלה חדש בחיפה"))
    assert [a.name for a in article.authors] == ["ישראל כהן"]
    assert paragraphs_of(article) == text


# ---- a sentence dense with links, in a <div> of its own -----------------------------

_SUMMIT = ["اختتمت قمة المناخ أعمالها مساء الجمعة في مدينة باكو بعد أسبوعين من المفاوضات "
           "الشاقة بين الدول المشاركة حول تمويل التكيف.",
           "وكانت مصر والسعودية والإمارات والمغرب قد طالبت بزيادة التمويل.",
           "وقال رئيس القمة في كلمته الختامية إن الاتفاق يمثل خطوة أولى نحو تحقيق العدالة "
           "المناخية، لكنه لا يلبي كل الطموحات."]


def test_a_sentence_of_links_in_a_div_of_its_own_stays_in_the_text(tmp_path: Path) -> None:
    """A site that links each country to its tag page, its text in <div>s: the sentence
    of four links ("وكانت <a>مصر</a> و<a>السعودية</a> ...") was dropped from the middle
    of the text as a list of links. It is a sentence (it ends as one, with words of its
    own between the links): it stays, with its links. A tag list and a "read more" line
    under the text, links after a label, stay out."""
    tags = [(t, f"https://news.example/tag/{t}") for t in ("egypt", "saudi", "uae", "morocco")]
    names = ["مصر", "السعودية", "الإمارات", "المغرب"]
    linked = "وكانت " + " و".join(f'<a href="{href}">{name}</a>'
                                  for (_, href), name in zip(tags, names, strict=True)) \
        + " قد طالبت بزيادة التمويل."
    body = (f'<div class="article-content"><div>{_SUMMIT[0]}</div><div>{linked}</div>'
            f'<div>{_SUMMIT[2]}</div><div>الوسوم: <a href="/tag/climate">المناخ</a>، '
            '<a href="/tag/baku">باكو</a>، <a href="/tag/cop">قمة المناخ</a>.</div>'
            '<div>اقرأ أيضا: <a href="/n/2">الأمم المتحدة تحذر من موجات حر أشد في الصيف '
            "المقبل</a>.</div></div>")
    article = load_quietly(_page(tmp_path, body, title="قمة المناخ تختتم أعمالها"))
    assert paragraphs_of(article) == _SUMMIT
    second = article.blocks[1]
    assert isinstance(second, Paragraph)
    assert [s.href for s in second.spans if s.href] == [href for _, href in tags]


def test_a_related_stories_box_of_links_between_paragraphs_stays_out(tmp_path: Path) -> None:
    """A box of related stories between two paragraphs, its links parted by 'و' after
    its label ("مواضيع ذات صلة <a>...</a> و <a>...</a>", "يهمك أيضا: <a>...</a> - <a>...
    </a>"), or a call to follow the site
    ("Follow us on <a>Facebook</a>, ...", "<a>اضغط هنا</a>"), is no sentence of links: it
    was kept in the text as one."""
    for box in ('مواضيع ذات صلة <a href="/n/1">ارتفاع أسعار القمح عالميا</a> و <a href='
                '"/n/2">الجفاف يضرب المحاصيل</a> و <a href="/n/3">خطة لدعم الري</a>',
                'Follow us on <a href="https://www.facebook.com/site">Facebook</a>, <a href='
                '"https://x.com/site">X</a> and <a href="https://instagram.com/site">Instagram'
                "</a> for the latest news.",
                'للمزيد من الأخبار <a href="/latest">اضغط هنا</a> أو تابع <a href="/channel">'
                "قناتنا على تليجرام</a>",
                'يهمك أيضا: <a href="/n/1">ارتفاع أسعار القمح</a> - <a href="/n/2">الجفاف '
                'يضرب المحاصيل</a> - <a href="/n/3">خطة لدعم الري</a>'):
        body = (f'<div class="article-content"><div>{_SUMMIT[0]}</div><div>{box}</div>'
                f"<div>{_SUMMIT[2]}</div></div>")
        article = load_quietly(_page(tmp_path, body, title="قمة المناخ تختتم أعمالها"))
        assert paragraphs_of(article) == [_SUMMIT[0], _SUMMIT[2]]


# ---- Al Jazeera Arabic ---------------------------------------------------------------

_WATER = ["أطلقت الحكومة الأردنية، اليوم الأحد، المرحلة الأولى من مشروع الناقل الوطني "
          "للمياه، الذي يهدف إلى تحلية مياه البحر الأحمر في مدينة العقبة ونقلها إلى العاصمة.",
          "وقال وزير المياه والري في مؤتمر صحفي إن المشروع سيوفر نحو 300 مليون متر مكعب من "
          "المياه سنويا، أي ما يعادل ثلث احتياجات المملكة من مياه الشرب."]


def test_al_jazeera_a_city_with_its_marks_is_the_dateline_a_bracketed_agency_the_credit(
        tmp_path: Path) -> None:
    """Al Jazeera Arabic: the text opens "عمّان- أطلقت ..." (the city written with its
    shadda) and each caption ends with its source in brackets ("... (رويترز)",
    "(غيتي - أرشيف)"). The city was read as the text's first word, the source as the
    caption's last; a bracket that says where someone stands ("(وسط)") stays."""
    photo = ('<figure class="article-featured-image"><div class="responsive-image"><img src='
             '"aqaba.jpg" alt="ميناء العقبة"></div><figcaption>ميناء العقبة على البحر الأحمر '
             "حيث ستقام محطة التحلية (رويترز)</figcaption></figure>")
    minister = ('<figure><img src="minister.jpg" alt=""><figcaption>وزير المياه والري (وسط) '
                "خلال المؤتمر الصحفي</figcaption></figure>")
    archive = ('<figure><img src="dam.jpg" alt=""><figcaption>سد الملك طلال شمالي عمّان '
               "(غيتي - أرشيف)</figcaption></figure>")
    body = (f'{photo}<div class="wysiwyg wysiwyg--all-content"><p>عمّان- {_WATER[0]}</p>'
            f"{minister}<p>{_WATER[1]}</p>{archive}</div>")
    article = load_quietly(_page(tmp_path, body, title="الأردن يطلق خطة لتحلية مياه العقبة"))
    assert article.dateline == "عمّان"
    assert paragraphs_of(article) == _WATER
    assert figures_of(article) == [
        ("aqaba.jpg", "ميناء العقبة على البحر الأحمر حيث ستقام محطة التحلية", "رويترز"),
        ("minister.jpg", "وزير المياه والري (وسط) خلال المؤتمر الصحفي", None),
        ("dam.jpg", "سد الملك طلال شمالي عمّان", "غيتي - أرشيف")]


def test_al_arabiya_a_caption_under_the_headline_is_no_dateline(tmp_path: Path) -> None:
    """Al Arabiya: the lead photo's caption "سبائك ذهب - أرشيفية" under the headline,
    above the byline, was read as a dateline (a place, a dash, a source) and said as
    where the story was filed. It is the photo's caption, "أرشيفية" (an archive photo)
    its credit."""
    text = ["ارتفعت أسعار الذهب إلى مستوى قياسي جديد، اليوم الاثنين، متجاوزة 3000 دولار "
            "للأوقية للمرة الأولى في تاريخها.",
            "ويتوقع محللون أن يواصل المعدن النفيس ارتفاعه خلال الأشهر المقبلة، في ظل مشتريات "
            "البنوك المركزية."]
    body = ('<div class="article-hero"><figure><img src="gold.jpg" alt="سبائك ذهب"><figcaption>'
            'سبائك ذهب - أرشيفية</figcaption></figure></div><div class="article_info"><div '
            'class="source_author"><span class="source">العربية.نت</span> - <span class='
            '"author">أحمد صالح</span></div></div><div class="article-body" id="body-text">'
            + "".join(f"<p>{t}</p>" for t in text) + "</div>")
    article = load_quietly(_page(tmp_path, body, title="ارتفاع أسعار الذهب لمستوى قياسي جديد"))
    assert article.dateline is None
    assert [a.name for a in article.authors] == ["أحمد صالح"]
    assert paragraphs_of(article) == text
    assert figures_of(article) == [("gold.jpg", "سبائك ذهب", "أرشيفية")]


def test_al_masry_al_youm_the_photos_caption_is_not_read_again_as_text(tmp_path: Path) -> None:
    """Al-Masry Al-Youm: the lead photo in a box with its caption ("... - صورة أرشيفية"),
    then the text as lines parted by <br><br> in one <div>. trafilatura gave the caption
    as loose text after the photo: it was read as the text's first paragraph, after the
    photo's own caption."""
    text = ["افتتح محافظ القاهرة، اليوم الأحد، 3 مدارس جديدة في حي حلوان، بتكلفة إجمالية "
            "بلغت 120 مليون جنيه، ضمن خطة الدولة لتقليل كثافة الفصول.",
            "وقال المحافظ، في تصريحات صحفية على هامش الافتتاح، إن المدارس الجديدة تضم 96 "
            "فصلا دراسيا، وتستوعب نحو 4 آلاف طالب وطالبة.",
            "وتفقد المحافظ الفصول والمعامل، واستمع إلى شرح من مدير المديرية التعليمية."]
    body = ('<div class="pinfo"><span class="author">كتب: محمد السيد</span> <span class="date">'
            'الأحد 07-12-2026 13:45</span></div><div class="main-img"><img src="school.jpg" '
            'alt="محافظ القاهرة خلال افتتاح المدارس"><p class="caption">محافظ القاهرة خلال '
            'افتتاح المدارس - صورة أرشيفية</p></div><div id="NewsStory">'
            + "<br><br>".join(text) + "</div>")
    page = tmp_path / "page.html"
    page.write_text(  # (its columns in <div>s: no <main> or <article>)
        '<html lang="ar" dir="rtl"><head><title>محافظ القاهرة يفتتح 3 مدارس</title></head><body>'
        '<div class="container"><div class="col-md-8"><div class="article"><h1>محافظ القاهرة '
        f"يفتتح 3 مدارس</h1>{body}</div></div></div></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert paragraphs_of(article) == text
    assert figures_of(article) == [
        ("school.jpg", "محافظ القاهرة خلال افتتاح المدارس", "صورة أرشيفية")]


# ---- WordPress themes -----------------------------------------------------------------

def test_tagdiv_the_headers_time_and_a_standfirst_that_retells_the_lede(tmp_path: Path) -> None:
    """A tagDiv (Newspaper) page: the standfirst "td-post-sub-title" shares a phrase of
    six words with the lede, and the only machine time is the <time datetime> in the
    article's own <header>. The standfirst was dropped as the text's own lines and the
    article dated midnight (the printed "7 ديسمبر، 2026")."""
    deck = "طاقة إنتاجية تبلغ 100 ألف سيارة سنويا وآلاف فرص العمل"
    text = ["افتتح المغرب، اليوم الاثنين، أول مصنع للسيارات الكهربائية بمدينة القنيطرة، "
            "بطاقة إنتاجية تبلغ 100 ألف سيارة سنويا، في خطوة تعزز مكانة المملكة.",
            "وأوضح وزير الصناعة والتجارة أن المصنع سيوفر نحو 3 آلاف فرصة عمل مباشرة، وأن "
            "معظم إنتاجه موجه للتصدير نحو الأسواق الأوروبية."]
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>أول مصنع للسيارات الكهربائية</title></head>'
        '<body><article class="post"><div class="td-post-header"><header class="td-post-title">'
        '<h1 class="entry-title">أول مصنع للسيارات الكهربائية</h1><p class="td-post-sub-title">'
        f'{deck}</p><div class="td-module-meta-info"><div class="td-post-author-name"><div '
        'class="td-author-by">بواسطة</div> <a href="/author/y/">يوسف العلوي</a></div><span '
        'class="td-post-date"><time class="entry-date updated td-module-date" datetime='
        '"2026-12-07T11:00:00+01:00">7 ديسمبر، 2026</time></span></div></header></div>'
        '<div class="td-post-content tagdiv-type">' + "".join(f"<p>{t}</p>" for t in text)
        + "</div></article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert article.summary == deck
    assert article.published is not None
    assert article.published.isoformat() == "2026-12-07T11:00:00+01:00"
    assert [a.name for a in article.authors] == ["يوسف العلوي"]
    assert paragraphs_of(article) == text


# ---- English sites ---------------------------------------------------------------------

def test_npr_a_captions_hide_button_is_not_the_caption(tmp_path: Path) -> None:
    """NPR's photo: its caption "<p>... <b class="hide-caption"><b>hide caption</b></b>
    </p>", then "toggle caption" and the credit. The button, whose class names a caption,
    was taken for the caption: "hide caption" was read as the photo's description and
    the description itself was lost."""
    text = ["For decades, Interstate 81 cut straight through the middle of Syracuse, N.Y., "
            "splitting a neighborhood in two. Now the elevated highway is coming down.",
            "Syracuse is one of a growing number of cities removing urban highways built in "
            "the 1950s and '60s."]
    photo = ('<div class="bucketwrap image large"><div class="imagewrap"><picture><img src='
             '"highway.jpg" alt="Crews demolish a section of Interstate 81"></picture></div>'
             '<div class="credit-caption"><div class="caption-wrap"><div class="caption" '
             'aria-label="Image caption"><p>Crews demolish a section of Interstate 81 in '
             'Syracuse, N.Y., in November. <b class="hide-caption"><b>hide caption</b></b></p>'
             '</div><b class="toggle-caption"><b>toggle caption</b></b></div><span class='
             '"credit" aria-label="Image credit">Ann Lee for NPR</span></div></div>')
    body = ('<div id="storytext" class="storytext">' + photo
            + "".join(f"<p>{t}</p>" for t in text) + "</div>")
    article = load_quietly(_page(tmp_path, body, lang="en", title="Cities tear down highways"))
    assert paragraphs_of(article) == text
    assert figures_of(article) == [
        ("highway.jpg", "Crews demolish a section of Interstate 81 in Syracuse, N.Y., in "
         "November.", "Ann Lee for NPR")]


# ---- RT Arabic, Enab Baladi ------------------------------------------------------------

_SATELLITE = ["وقالت وكالة الفضاء الروسية في بيان إن الصاروخ انطلق في الموعد المحدد، وإن القمر "
              "الصناعي انفصل عن المرحلة الأخيرة بنجاح ودخل مداره المحدد.",
              "وأشارت الوكالة إلى أن القمر الجديد سيعمل على جمع بيانات عن حالة الغلاف الجوي "
              "وسطح المحيطات، ما يحسن دقة التنبؤات الجوية."]


def test_rt_a_photos_credit_beside_it_without_a_caption(tmp_path: Path) -> None:
    """RT Arabic's cover photo: no caption, its credit in a box of its own beside it
    ("article__cover-copyright": "Gettyimages.ru"). The credit was lost: a credit was
    looked for only beside a caption."""
    src = "https://media.example/sat.jpg"
    body = (f'<div class="article__cover"><img src="{src}" alt="صورة تعبيرية"><div class='
            '"article__cover-copyright">Gettyimages.ru</div></div><div class="article__text">'
            + "".join(f"<p>{t}</p>" for t in _SATELLITE) + "</div>")
    article = load_quietly(_page(tmp_path, body, title="روسيا تطلق قمرا صناعيا جديدا",
                                 head=f'<meta property="og:image" content="{src}">'))
    assert paragraphs_of(article) == _SATELLITE
    assert figures_of(article) == [(src, "", "Gettyimages.ru")]


def test_enab_baladi_the_source_and_photographer_in_brackets_are_the_credit(
        tmp_path: Path) -> None:
    """Enab Baladi's caption ends with its source and photographer in brackets, parted by
    a slash: "(عنب بلدي/ أنس الخربوطلي)". It was read as the end of the caption."""
    body = ('<div class="post-thumb"><img src="bread.jpg" alt=""><p class="wp-caption-text">فرن '
            "آلي في مدينة إدلب - 3 تشرين الثاني 2026 (عنب بلدي/ أنس الخربوطلي)</p></div>"
            '<div class="entry-content">' + "".join(f"<p>{t}</p>" for t in _SATELLITE)
            + "</div>")
    article = load_quietly(_page(tmp_path, body, title="ارتفاع أسعار الخبز في إدلب"))
    assert figures_of(article) == [
        ("bread.jpg", "فرن آلي في مدينة إدلب - 3 تشرين الثاني 2026", "عنب بلدي/ أنس الخربوطلي")]


def test_a_centred_line_under_a_centred_photo_is_its_caption(tmp_path: Path) -> None:
    """WordPress's classic editor: a centred photo in its <p>, its caption the centred
    line under it, with no mark of a caption ("وزير الثقافة يتوسط الفنانين ..."), then
    the text, not centred. The line was read as a paragraph of the text. Where every
    paragraph is centred, a short line after a photo stays text."""
    centre = ' style="text-align: center;"'
    line = "وزير الثقافة يتوسط الفنانين المشاركين في المعرض"
    body = (f'<div class="entry-content"><p>{_MUSEUM[0]}</p><p{centre}><img class="aligncenter" '
            f'src="expo.jpg" alt=""></p><p{centre}>{line}</p><p>{_MUSEUM[1]}</p></div>')
    article = load_quietly(_page(tmp_path, body))
    assert paragraphs_of(article) == _MUSEUM[:2]
    assert figures_of(article) == [("expo.jpg", line, None)]
    bold = (f'<div class="entry-content"><p>{_MUSEUM[0]}</p><p{centre}><img src="expo.jpg" '
            f'alt="معرض"></p><p{centre}><strong>{line}</strong></p><p>{_MUSEUM[1]}</p></div>')
    assert not figures_of(load_quietly(_page(tmp_path, bold)))[0][1]  # (a subheading)
    every = "".join(f"<p{centre}>{t}</p>" for t in (_MUSEUM[0], "", line, _MUSEUM[1]))
    every = every.replace(f"<p{centre}></p>", f'<p{centre}><img src="expo.jpg" alt="معرض"></p>')
    article = load_quietly(_page(tmp_path, f'<div class="entry-content">{every}</div>'))
    assert paragraphs_of(article) == [_MUSEUM[0], line, _MUSEUM[1]]


def test_al_rai_a_byline_between_bars_opening_the_text(tmp_path: Path) -> None:
    """Al-Rai (Kuwait) opens its text with the byline between bars, "| كتب عبدالله
    النجار |": it was read as the text's first paragraph, and the article had no
    author."""
    text = ["أطلقت وزارة الصحة حملتها السنوية للتطعيم ضد الإنفلونزا الموسمية، في جميع المراكز "
            "الصحية بالمحافظات الست، وتستمر حتى نهاية فبراير المقبل.",
            "وقال مدير إدارة الصحة العامة إن اللقاح متوفر مجانا للمواطنين والمقيمين، مع إعطاء "
            "الأولوية لكبار السن والحوامل."]
    body = ('<div class="article-body"><p>| كتب عبدالله النجار |</p>'
            + "".join(f"<p>{t}</p>" for t in text) + "</div>")
    article = load_quietly(_page(tmp_path, body, title="«الصحة» تطلق حملة التطعيم"))
    assert [a.name for a in article.authors] == ["عبدالله النجار"]
    assert paragraphs_of(article) == text


def test_the_guardians_illustration_and_composite_credits(tmp_path: Path) -> None:
    """The Guardian ends a chart's caption with "Illustration: Guardian Design" and a
    montage's with "Composite: ...", as a photo's with "Photograph: ...": the credit
    was read as the caption's last words."""
    text = ["Europe's wholesale power prices have surged to record highs as a late-season "
            "heatwave drove up demand for air conditioning.",
            "Analysts said prices could stay high until temperatures ease later this week."]
    figures = "".join(
        f'<figure><picture><img src="{src}" alt="{alt}"></picture><figcaption>{caption}'
        "</figcaption></figure>" for src, alt, caption in (
            ("chart.png", "Chart", "Day-ahead power prices in Germany. Illustration: Guardian "
             "Design"),
            ("leaders.jpg", "Leaders", "The two leaders met on Monday. Composite: Guardian/"
             "Getty Images")))
    body = (f'<div data-gu-name="body"><p>{text[0]}</p>{figures}<p>{text[1]}</p></div>')
    article = load_quietly(_page(tmp_path, body, lang="en", title="Power prices hit highs"))
    assert figures_of(article)[-2:] == [
        ("chart.png", "Day-ahead power prices in Germany.", "Guardian Design"),
        ("leaders.jpg", "The two leaders met on Monday.", "Guardian/Getty Images")]


def test_a_photo_and_its_caption_parted_by_a_line_break_in_one_paragraph(
        tmp_path: Path) -> None:
    """"<p><img><br>صورة أرشيفية لـ...</p>": the caption was a paragraph of the text and
    the photo, without alt text, lost. A line of prose under a photo stays text."""
    body = (f'<div class="entry-content"><p>{_MUSEUM[0]}</p><p><img src="museum.jpg" alt="">'
            f"<br>صورة أرشيفية لمبنى المتحف قبل الترميم</p><p>{_MUSEUM[1]}</p><p><img src="
            f'"hall.jpg" alt="القاعة"><br>{_MUSEUM[2]}</p><p>{_MUSEUM[3]}</p></div>')
    article = load_quietly(_page(tmp_path, body))
    assert paragraphs_of(article) == _MUSEUM
    assert figures_of(article)[0] == (
        "museum.jpg", "صورة أرشيفية لمبنى المتحف قبل الترميم", None)


def test_a_sentence_of_links_without_its_full_stop_between_two_paragraphs(
        tmp_path: Path) -> None:
    """The same sentence of links written without its full stop, as Arabic news often
    is, between two paragraphs: it stays too."""
    linked = ('وكانت <a href="https://news.example/tag/egypt">مصر</a> و<a href='
              '"https://news.example/tag/saudi">السعودية</a> و<a href="https://news.example/'
              'tag/uae">الإمارات</a> قد طالبت بزيادة التمويل')
    body = (f'<div class="article-content"><div>{_SUMMIT[0]}</div><div>{linked}</div>'
            f"<div>{_SUMMIT[2]}</div></div>")
    article = load_quietly(_page(tmp_path, body, title="قمة المناخ تختتم أعمالها"))
    assert paragraphs_of(article) == [_SUMMIT[0], "وكانت مصر والسعودية والإمارات قد طالبت "
                                      "بزيادة التمويل", _SUMMIT[2]]


def test_anadolu_the_deck_under_the_headline_and_the_notice_to_subscribers(
        tmp_path: Path) -> None:
    """Anadolu: the standfirst is an <h4> right under the <h1> in their own box, and the
    text ends with the agency's notice to subscribers in English. The standfirst was
    lost (the description meta, another text, stood in), the notice read as the text's
    last paragraph."""
    deck = "الجسر يربط بين الشطرين الأوروبي والآسيوي فوق مضيق الدردنيل بطول 4.6 كيلومترات"
    text = ["افتتح الرئيس التركي، الأحد، جسرا معلقا فوق مضيق الدردنيل، يعد أطول جسر معلق في "
            "العالم بطول 4.6 كيلومترات.",
            "وقال الرئيس في كلمة خلال حفل الافتتاح إن الجسر سيختصر زمن عبور المضيق من ساعة "
            "ونصف إلى 6 دقائق فقط."]
    notice = ('"Anadolu Agency" website contains only a portion of the news stories offered '
              "to subscribers in the AA News Broadcasting System (HAS), and in summarized form.")
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="ar" dir="rtl"><head><title>افتتاح أطول جسر معلق</title><meta name='
        '"description" content="افتتح الرئيس التركي جسرا معلقا جديدا"></head><body><div '
        'class="detay-spot-category"><h1>افتتاح أطول جسر معلق في العالم</h1>'
        f'<h4>{deck}</h4></div><div class="detay-icerik"><p>إسطنبول/ الأناضول</p>'
        + "".join(f"<p>{t}</p>" for t in (*text, notice)) + "</div></body></html>",
        encoding="utf-8")
    article = load_quietly(page)
    assert article.summary == deck
    assert article.dateline == "إسطنبول/ الأناضول"
    assert paragraphs_of(article) == text


def test_a_heading_over_the_text_in_its_box_is_no_standfirst(tmp_path: Path) -> None:
    text = ["The committee met on Monday to review the budget for the coming year and heard "
            "from every department head.", "Its report is due at the end of the month."]
    body = ("<h2>What the committee decided about the budget</h2>"
            + "".join(f"<p>{t}</p>" for t in text))
    page = tmp_path / "page.html"
    page.write_text(f"<html lang='en'><head><title>Budget review</title></head><body><article>"
                    f"<h1>Budget review</h1>{body}</article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert article.summary is None
    assert paragraphs_of(article) == text


def test_a_date_line_set_as_a_heading_under_the_headline_is_no_standfirst(
        tmp_path: Path) -> None:
    text = ["The committee met on Monday to review the budget for the coming year and heard "
            "from every department head.", "Its report is due at the end of the month."]
    page = tmp_path / "page.html"
    page.write_text(
        "<html lang='en'><head><title>Budget review</title></head><body><header><h1>Budget "
        "review</h1><h3>Monday, December 7, 2026 at 10:30 AM local time</h3></header><div "
        "class='body'>" + "".join(f"<p>{t}</p>" for t in text) + "</div></body></html>",
        encoding="utf-8")
    assert load_quietly(page).summary is None


def test_bbc_news_the_writer_in_a_byline_component_named_by_test_ids(tmp_path: Path) -> None:
    """BBC News: the byline is a component named by test ids alone ("byline-new-
    contributors": the name, then the post), and the data names the BBC as the author.
    The writer was lost."""
    text = ["Scientists have dated a yew tree in Perthshire to at least 3,000 years old, making "
            "it the oldest living tree in Scotland.",
            "Researchers used ring counts from cores taken from the tree's outer branches."]
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="en-GB"><head><title>Oldest tree</title><meta property="og:site_name" '
        'content="BBC News"><script type="application/ld+json">{"@type": "NewsArticle", '
        '"author": {"@type": "NewsMediaOrganization", "name": "BBC News"}}</script></head>'
        '<body><article><div data-component="headline-block"><h1>Oldest tree</h1></div><div '
        'data-component="byline-block"><div><time datetime="2026-12-07T06:12:43.000Z">7 '
        'December 2026</time></div><div><span data-testid="byline-new-contributors"><div>'
        "<span>Jane Roe</span></div><div><span>BBC Scotland environment correspondent</span>"
        "</div></span></div></div>" + "".join(
            f'<div data-component="text-block"><p>{t}</p></div>' for t in text)
        + "</article></body></html>", encoding="utf-8")
    article = load_quietly(page)
    assert [a.name for a in article.authors] == ["Jane Roe"]
    assert paragraphs_of(article) == text


def test_al_arabiya_the_city_then_the_sites_name_opening_the_text(tmp_path: Path) -> None:
    """Al Arabiya opens its text "دبي - العربية.نت أعلنت ..." (its og:site_name
    "العربية"): the city was taken as the dateline and the site's name left as the
    text's first word."""
    text = ["أعلنت وزارة الصحة الإماراتية، الاثنين، عن إطلاق برنامج وطني جديد للكشف المبكر.",
            _HEALTH[1]]
    for first in (f"دبي - العربية.نت {text[0]}", f"دبي - العربية.نت: {text[0]}"):
        body = (f'<div class="article-body"><p>{first}</p><p>{text[1]}</p></div>')
        article = load_quietly(_page(tmp_path, body, title="برنامج وطني للكشف المبكر",
                                     head='<meta property="og:site_name" content="العربية">'))
        assert article.dateline == "دبي"
        assert paragraphs_of(article) == text


def test_a_sites_bare_name_opening_the_sentence_after_the_city_stays(tmp_path: Path) -> None:
    """A site named by a common word ("الشرق", "الخليج"): its name right after the
    city's dash is the sentence's first word ("القاهرة - الشرق الأوسط يشهد ...") unless
    a mark parts it from the sentence ("عمان - الغد - أعلنت ..."); it was cut from the
    sentence as the site's."""
    for site, first, kept in (
            ("الشرق", "القاهرة - الشرق الأوسط يشهد توترا متزايدا في الأسابيع الأخيرة.",
             "الشرق الأوسط يشهد توترا متزايدا في الأسابيع الأخيرة."),
            ("الخليج", "دبي - الخليج يشهد موجة حر غير مسبوقة هذا الصيف.",
             "الخليج يشهد موجة حر غير مسبوقة هذا الصيف."),
            ("الغد", "عمان - الغد - أعلنت وزارة الصحة عن برنامج جديد.",
             "أعلنت وزارة الصحة عن برنامج جديد.")):
        body = f'<div class="article-body"><p>{first}</p><p>{_HEALTH[1]}</p></div>'
        article = load_quietly(_page(tmp_path, body, title="برنامج وطني للكشف المبكر",
                                     head=f'<meta property="og:site_name" content="{site}">'))
        assert paragraphs_of(article) == [kept, _HEALTH[1]]
        assert article.dateline == first.split(" -")[0]


def test_a_photo_paragraph_and_its_caption_in_a_div_under_it(tmp_path: Path) -> None:
    """The caption under a photo's paragraph in a <div> of no class ("<div>صورة أرشيفية
    للوزير ...</div>"): it was read as the text, the photo lost."""
    body = (f'<div class="entry-content"><p>{_MUSEUM[0]}</p><p><img src="museum.jpg" alt="">'
            f"</p><div>صورة أرشيفية للوزير خلال افتتاح المتحف</div><p>{_MUSEUM[1]}</p></div>")
    article = load_quietly(_page(tmp_path, body))
    assert paragraphs_of(article) == _MUSEUM[:2]
    assert figures_of(article) == [("museum.jpg", "صورة أرشيفية للوزير خلال افتتاح المتحف", None)]


def test_a_persian_captions_credit_in_brackets(tmp_path: Path) -> None:
    """A Persian caption ends with its credit in brackets, "(عکس: آرشیو)": it was read
    as the caption's last words."""
    text = ["سخنگوی دولت روز یکشنبه در نشست خبری گفت که قیمت هر لیتر بنزین از ماه آینده "
            "افزایش خواهد یافت.", "کارشناسان اقتصادی هشدار داده‌اند که این افزایش می‌تواند "
            "به موج تازه‌ای از تورم دامن بزند."]
    body = ('<figure><img src="fuel.jpg" alt="جایگاه سوخت"><figcaption>صف خودروها در یک '
            "جایگاه سوخت در تهران (عکس: آرشیو)</figcaption></figure><div class='article-body'>"
            + "".join(f"<p>{t}</p>" for t in text) + "</div>")
    article = load_quietly(_page(tmp_path, body, lang="fa", title="افزایش قیمت بنزین"))
    assert figures_of(article) == [("fuel.jpg", "صف خودروها در یک جایگاه سوخت در تهران", "آرشیو")]


_HEAT = ["Temperatures passed 44 degrees Celsius in parts of Spain and Greece on Sunday as "
         "a heat wave tightened its grip on southern Europe.",
         "Greek authorities ordered the evacuation of several villages north of Athens "
         "overnight, and the Acropolis was closed to visitors for a third day."]


def test_a_lead_photo_box_named_lede_gives_no_summary_from_its_caption(
        tmp_path: Path) -> None:
    """CNN's lead photo: "<div class="image image__lede">" (its class names a lede) holds
    the photo and "<div class="image__caption"><p>...</p></div>", no <figure>. The
    caption's paragraph was taken for the printed standfirst and said as the summary."""
    caption = "Firefighters battle a wildfire near Athens, Greece, on Saturday evening."
    body = ('<div class="image image__lede"><div class="image__container"><img src="fire.jpg" '
            f'alt=""></div><div class="image__metadata"><div class="image__caption"><p>{caption}'
            '</p></div><figcaption class="image__credit">Jane Roe/AFP/Getty Images'
            '</figcaption></div></div><div class="article__content">'
            + "".join(f'<p class="paragraph">{t}</p>' for t in _HEAT) + "</div>")
    article = load_quietly(_page(tmp_path, body, lang="en", title="Heat wave grips Europe"))
    assert article.summary != caption
    assert paragraphs_of(article) == _HEAT
    assert figures_of(article) == [("fire.jpg", caption, "Jane Roe/AFP/Getty Images")]


def test_a_captions_dash_before_its_bracketed_source_goes_with_it(tmp_path: Path) -> None:
    """Al-Ghad's caption "محل لبيع المجوهرات في عمان - (أرشيفية)": the source in brackets
    is the credit, and the dash before it was left at the caption's end ("... في عمان
    -"), read out as a word."""
    body = ('<figure><img src="gold.jpg" alt=""><figcaption class="wp-caption-text">محل لبيع '
            'المجوهرات في عمان - (أرشيفية)</figcaption></figure><div class="td-post-content">'
            + "".join(f"<p>{t}</p>" for t in _MUSEUM[:2]) + "</div>")
    article = load_quietly(_page(tmp_path, body))
    assert figures_of(article) == [("gold.jpg", "محل لبيع المجوهرات في عمان", "أرشيفية")]


def test_the_datas_writers_parted_by_commas_are_each_a_writer_the_page_prints(
        tmp_path: Path) -> None:
    """CNN names its writers in one author meta, '<meta name="author" content="Sara
    Ahmed, Nikos Papas">', and prints each in its byline: they were one writer, "Sara
    Ahmed, Nikos Papas". A name and its outlet ("Sara Ahmed, CNN") stays one writer."""
    byline = ('<div class="byline">By <span class="byline__name">Sara Ahmed</span> and '
              '<span class="byline__name">Nikos Papas</span>, CNN</div>')
    body = byline + "".join(f'<p class="paragraph">{t}</p>' for t in _HEAT)
    for listed, writers in (("Sara Ahmed, Nikos Papas", ["Sara Ahmed", "Nikos Papas"]),
                            ("Sara Ahmed, CNN", ["Sara Ahmed, CNN", "Nikos Papas"])):
        head = f'<meta name="author" content="{listed}">'
        article = load_quietly(_page(tmp_path, body, lang="en", title="Heat wave grips Europe",
                                     head=head))
        assert [a.name for a in article.authors] == writers
        assert paragraphs_of(article) == _HEAT


def _english_photo(tmp_path: Path, src: str, caption: str) -> list[tuple[str, str, str | None]]:
    """The figures of an English page whose photo ``src`` has ``caption`` over a text."""
    body = (f'<figure><img src="{src}" alt=""><figcaption>{caption}</figcaption>'
            '</figure><div class="article-body">'
            + "".join(f"<p>{t}</p>" for t in _HEAT) + "</div>")
    return figures_of(load_quietly(_page(tmp_path, body, lang="en", title="Senate passes bill")))


def test_a_photographers_name_over_their_outlet_in_brackets_is_the_credit(
        tmp_path: Path) -> None:
    """The Washington Post's captions end in the photographer and the outlet or agency,
    "(Jabin Botsford/The Washington Post)", "(Alex Brandon/AP)": they were read out as
    the caption's last words. A pair of places, "(New York/New Jersey)", stays."""
    for caption, kept, credit in (
            ("A controller at work in Arlington, Va., in March. (Jabin Botsford/The "
             "Washington Post)", "A controller at work in Arlington, Va., in March.",
             "Jabin Botsford/The Washington Post"),
            ("Senators leave the Capitol on Thursday (Alex Brandon/AP)",
             "Senators leave the Capitol on Thursday", "Alex Brandon/AP"),
            ("Traffic on the George Washington Bridge (New York/New Jersey)",
             "Traffic on the George Washington Bridge (New York/New Jersey)", None)):
        assert _english_photo(tmp_path, "atc.jpg", caption) == [("atc.jpg", kept, credit)]


def test_an_agencys_english_initials_in_brackets_end_a_caption_as_its_credit(
        tmp_path: Path) -> None:
    """Arab News closes a caption with the agency's initials, "... capital. (SPA)", as
    the Arabic press does with "(واس)": they were read out as the caption's last word.
    In capitals only: "(Spa)", the Belgian town, stays the caption's."""
    for caption, kept, credit in (
            ("The program is part of efforts to attract foreign capital. (SPA)",
             "The program is part of efforts to attract foreign capital.", "SPA"),
            ("Drivers on the grid before the Belgian Grand Prix (Spa)",
             "Drivers on the grid before the Belgian Grand Prix (Spa)", None)):
        assert _english_photo(tmp_path, "visa.jpg", caption) == [("visa.jpg", kept, credit)]


def test_the_writer_in_an_entry_author_box_is_the_author(tmp_path: Path) -> None:
    """Arab News (and WordPress's Genesis themes) print the writer's name, linked, in
    "<div class="entry-author">" under the headline: the article had no author. A
    writer's line about themself in such a box names no one else."""
    for box, writers in (
            ('<div class="entry-author"><a href="/taxonomy/term/1">Nada Hameed</a></div>',
             ["Nada Hameed"]),
            ('<div class="entry-author">Nada Hameed is a senior correspondent covering '
             "the Gulf states.</div>", [])):
        body = box + "".join(f"<p>{t}</p>" for t in _HEAT)
        article = load_quietly(_page(tmp_path, body, lang="en", title="A new visa"))
        assert [a.name for a in article.authors] == writers
        assert paragraphs_of(article) == _HEAT


def test_a_pair_of_places_a_nickname_or_an_agencys_own_initials_in_brackets_stay(
        tmp_path: Path) -> None:
    """After a slash, "The" and two or three words were taken for an outlet: "(Saudi
    Arabia/The United Arab Emirates)" and "(Wall Street/The Big Board)" left the caption as
    a credit; an outlet's name ends in a paper's word ("The Washington Post"). An agency's
    initials after its own name, "the Kuwait News Agency (KUNA)", are the caption's."""
    for caption, kept, credit in (
            ("Flags at the signing ceremony. (Saudi Arabia/The United Arab Emirates)", None, None),
            ("Traders on the floor of the exchange (Wall Street/The Big Board)", None, None),
            ("Officials brief reporters at the Kuwait News Agency (KUNA)", None, None),
            ("Fans outside the stadium on Sunday (Jane Roe/The Dallas Morning News)",
             "Fans outside the stadium on Sunday", "Jane Roe/The Dallas Morning News"),
            ("The minister arrives in Riyadh. (SPA)", "The minister arrives in Riyadh.", "SPA")):
        body = (f'<figure><img src="atc.jpg" alt=""><figcaption>{caption}</figcaption>'
                '</figure><div class="article-body">'
                + "".join(f"<p>{t}</p>" for t in _HEAT) + "</div>")
        article = load_quietly(_page(tmp_path, body, lang="en", title="Senate passes bill"))
        assert figures_of(article) == [("atc.jpg", kept or caption, credit)]


def test_a_writers_box_titled_about_them_names_the_writer(tmp_path: Path) -> None:
    """A writer's box at the article's end, its class a byline's ("entry-author",
    "author"), titled "About Sara Ahmed": the writer was "About Sara Ahmed"."""
    for klass in ("entry-author", "author"):
        body = (f'<div class="entry-content">{"".join(f"<p>{t}</p>" for t in _HEAT)}</div>'
                f'<section class="{klass}"><h3>About Sara Ahmed</h3><p>Sara covers climate '
                'and energy from Madrid.</p></section>')
        article = load_quietly(_page(tmp_path, body, lang="en", title="Heat wave grips Europe"))
        assert [a.name for a in article.authors] == ["Sara Ahmed"]
        assert paragraphs_of(article) == _HEAT


# ---- the headline's own box named a footer -------------------------------------------

_FLOODS = ["Heavy rain swept through several northern towns on Monday, forcing hundreds of "
           "families to leave their homes as rivers burst their banks.",
           "Officials said emergency crews worked through the night to reach villages cut "
           "off by the water, and that schools would stay closed for the week."]


def test_cnn_the_headlines_footer_holds_the_writers(tmp_path: Path) -> None:
    """CNN prints the writers and the date in the headline's "headline__footer": read as
    the page's footer, the writers were lost. A page's own footer beside a logo's <h1>
    stays out."""
    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Floods sweep '
        'northern towns</title></head><body><div class="headline"><div class="headline__'
        'wrapper"><h1 class="headline__text">Floods sweep northern towns</h1></div><div '
        'class="headline__footer"><div class="byline__names"><a href="/profiles/ana-lopez">'
        '<span class="byline__name">Ana Lopez</span></a>, <a href="/profiles/omar-haddad">'
        '<span class="byline__name">Omar Haddad</span></a>, CNN</div><div class="timestamp">'
        'Updated 6:05 AM EDT, Tue May 21, 2024</div></div></div><main><div class="article__'
        'content">' + "".join(f'<p class="paragraph">{t}</p>' for t in _FLOODS) +
        '</div></main><div class="page"><h1 class="logo">Daily Courier</h1><div class='
        '"footer">© 2024 Daily Courier. All rights reserved.</div></div></body></html>',
        encoding="utf-8")
    article = load_quietly(page)
    assert [a.name for a in article.authors] == ["Ana Lopez", "Omar Haddad"]
    assert paragraphs_of(article) == _FLOODS


# ---- a bold line in a <div> of its own between runs of text -----------------------

_METRO = ["MUMBAI: The new metro line to the airport will open to passengers next Monday, "
          "officials said on Sunday.",
          "Fares will range from Rs 10 to Rs 60 depending on the distance, and trains will "
          "run every eight minutes during peak hours.",
          "Commuters will be able to park at six of the stations, where paid parking lots "
          "have been built."]


def test_times_of_india_a_bold_line_between_runs_of_text_is_a_subheading(
        tmp_path: Path) -> None:
    """Text parted by <br>s, "<div><strong>Fares and timings</strong></div>" between its
    runs, on a page with no <article> or <main>: the subheading was lost. A bold label or
    call between them ("Also read", "Watch video", "Photo: Reuters") stays out."""
    for label in ("Also read", "Watch video", "Photo: Reuters", "(With inputs from agencies)"):
        page = tmp_path / "page.html"
        page.write_text(
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Metro line to '
            'airport opens</title></head><body><div class="nav"><a href="/">City</a> <a href='
            '"/">India</a></div><div class="wrap"><h1>Metro line to airport opens</h1><div '
            f'class="_s30J clearfix">{_METRO[0]}<br><br><div><strong>Fares and timings'
            f'</strong></div>{_METRO[1]}<br><br><div><strong>{label}</strong></div>'
            f'{_METRO[2]}</div></div></body></html>', encoding="utf-8")
        article = load_quietly(page)
        said = [(type(b).__name__, plain_text(b.spans)) for b in article.blocks
                if isinstance(b, Paragraph | Heading)]
        assert said == [("Paragraph", "The new metro line to the airport will open to "
                         "passengers next Monday, officials said on Sunday."),
                        ("Heading", "Fares and timings"), ("Paragraph", _METRO[1]),
                        ("Paragraph", _METRO[2])], label
