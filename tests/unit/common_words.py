"""Common English and Hindi words (and names), as people type them to a stall: a
language's romanized number words must not change how these are heard.

Each language's tests (`test_language_<code>.py`) check that its speakers hear every
one of these as an English or Hindi speaker would, so a Tamil or Bengali spelling that
folds onto an everyday word is caught.
"""

from __future__ import annotations

ENGLISH_WORDS: tuple[str, ...] = tuple(
    """the be to of and a in that have i it for not on with he as you do at this but his by
from they we say her she or an will my one all would there their what so up out if about
who get which go me when make can like time no just him know take people into year your
good some could them see other than then now look only come its over think also back
after use two how our work first well way even new want because any these give day most
us is are was were been has had did said made went got price rate cost much many more
less too very final deal done ok okay fine yes sure never cheap expensive kilo gram
dozen piece litre bunch rupee rupees each per total half quarter three four five six
seven eight nine ten twenty fifty hundred thousand lakh crore tomato onion potato rice
oil milk tea water please sir shop market buy sell pay money cash keep wait hello thanks
today morning night week minute hour percent bag box fresh big small last next old high
low here where why bar bin bun man mat net nut pan pat pen pin pot ran rat run sad sat
set sit son sun tan tin top van war wet win yet note coin change discount offer free
order show deed yeah costly kilos grams pieces liter together eleven twelve thirty forty
sixty seventy eighty ninety apple banana mango sugar egg bread fish chicken salt coffee
madam brother sister friend card leave stop sorry tomorrow evening month minutes hours
packet pack green red large long short right left era ore ode bit men pad pet pit put
rod tap tip vet web balance extra delivery anil chetta chechi amma achan ravi raja rani
mala maya anna akka appa""".split()
)

HINDI_WORDS: tuple[str, ...] = tuple(
    """hai hain tha thi ho hoga kya kaun kab kaise kahan kyun kitna kitne kitni main mein mai
me hum tum aap yeh woh vo is us mera meri tera teri apna ka ki ke ko se par pe tak aur
ya bhi to toh nahi nahin na mat haan han ji accha theek thik sahi bahut zyada jyada kam
thoda sab kuch koi ek do teen char paanch chhe saat aath nau das sau hazaar lakh karod
rupaye paise darjan bhav daam lena dena lo de chahiye chalo chalega bolo dekho aao jao
karo kar raha gaya liya diya sona chandi paani doodh chai sabzi aloo pyaaz kela aam seb
chawal namak tel roti subah shaam raat din aaj kal abhi phir bhaiya bhai didi beta dost
yaar saab dukaan bazaar sasta mehenga pakka bilkul lekin wala wali wale saare sare der
saath bara है हैं था थी हो क्या कौन कब कैसे कहाँ कितना कितने मैं में हम तुम आप यह वह
मेरा तेरा का की के को से पर तक और या भी तो नहीं ना मत हाँ जी अच्छा ठीक सही बहुत ज़्यादा
कम थोड़ा सब कुछ कोई दो सौ हज़ार लाख रुपये पैसे भाव दाम लो दीजिए चाहिए चलो बोलो देखो करो
गया लिया दिया सोना पानी दूध चाय सब्ज़ी आलू प्याज़ आज कल अभी फिर भैया भाई दीदी दुकान
बाज़ार सस्ता महंगा पक्का बिल्कुल लेकिन वाला सारे hogi ye wo isko usko mere tere apni
apne acha achha galat thodi kisi rupaya paisa mol dijiye lijiye batao suno suna sune
dekha kiya kare rahi rahe gayi gaye padi pada pade sake khadi khada baith sone tamatar
atta cheeni ghee dal parso jaldi amma maa papa sahab malik zaroor shayad magar kyunki
waise aise kaisa""".split()
)


def own_cue_words(language: str) -> set[str]:
    """The speaker's own single-word cues, never read as an English or Hindi number."""
    from audio.languages import spec
    from audio.lexicon import fold

    phrases = (p for ps in spec(language).cues.values() for p in ps if " " not in p)
    return {fold(p) for p in phrases}


def assert_hindi_and_english_numbers_kept(language: str) -> None:
    """Every English and Hindi number word reads the same for a speaker of `language`,
    but for the speaker's own cue words; Hindi's ambiguous words stay ambiguous."""
    from audio.numbers import number_table

    own = number_table(language)
    own_words = own_cue_words(language)
    for other in ("hi", "en"):
        table = number_table(other)
        for key, parts in table.words.items():
            if key not in own_words:
                assert own.words.get(key) == parts, key
        assert table.ambiguous - own_words <= own.ambiguous


def assert_heard_as_by_a_hindi_speaker(language: str, word: str) -> None:
    """A common word reads for a speaker of `language` as for a Hindi speaker, unless it
    is one of the speaker's own cue words ("chhe" is Gujarati "is", not Hindi 6)."""
    from audio.lexicon import fold
    from audio.numbers import number_table

    key = fold(word)
    if key in own_cue_words(language):
        return
    own = number_table(language).parts(key)
    hindi = number_table("hi").parts(key)
    assert (own[0] if own else None) == (hindi[0] if hindi else None)
