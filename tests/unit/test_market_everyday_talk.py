"""Market acts: everyday talk heard as meant: a catch just off the boat or goods picked
today claim freshness, goods sold out by the morning are out of stock, the sturdy ones
asked are the better ones, a wait and a tying asked in romanized speech, goods gone soft
or no bigger than a finger, goods asked as got here ("milta hai?"), a request with a
question after "otherwise", not one of the goods bad (a freshness claim), and what the
listener sent (no money to check); with their look-alikes."""

from __future__ import annotations

import pytest

from audio.lexicon import fold
from audio.market import market_act
from audio.market.cue_hits import Hit
from audio.market.fault_denied import fault_denied
from audio.market.otherwise import otherwise_spans, rhetorical
from tests.market_helpers import received

FRESH = [
    ("claim_fresh", "en", "fresh off the boat this morning, these prawns"),
    ("claim_fresh", "en", "just off the boat, sir, still jumping"),
    ("claim_fresh", "en", "picked today itself, madam"),
    ("claim_fresh", "en", "came straight from the farmer's field this morning"),
    ("claim_fresh", "en", "these beans were picked today"),
    ("claim_fresh", "hi", "आज ही तोड़ी है भिंडी"),
    ("claim_fresh", "hi", "aaj hi todi hai ye bhindi"),
    ("claim_fresh", "hi", "मछली अभी अभी नाव से उतरी है"),
    ("claim_fresh", "hi", "abhi abhi naav se utri hai machhli"),
    ("claim_fresh", "hi", "किसान के खेत से आज सुबह आई है"),
    ("claim_fresh", "ta", "இன்னைக்கு தான் பறிச்சது"),
    ("claim_fresh", "ta", "innaikku dhaan parichadhu akka"),
    ("claim_fresh", "ta", "இப்ப தான் படகுல இருந்து இறக்கினது"),
    ("claim_fresh", "ta", "ippo dhaan boat la irundhu irakkinadhu"),
    ("claim_fresh", "te", "ఈరోజే కోసినవి"),
    ("claim_fresh", "te", "eeroje kosinavi amma"),
    ("claim_fresh", "te", "ఇప్పుడే పడవ నుంచి దించినవి"),
    ("claim_fresh", "kn", "ಇವತ್ತೇ ಕಿತ್ತಿದ್ದು"),
    ("claim_fresh", "kn", "ivatte kittiddu akka"),
    ("claim_fresh", "kn", "ಈಗ ತಾನೇ ದೋಣಿಯಿಂದ ಇಳಿಸಿದ್ದು"),
    ("claim_fresh", "ml", "ഇന്ന് പറിച്ചതാ"),
    ("claim_fresh", "ml", "innu parichathaa chechi"),
    ("claim_fresh", "ml", "ഇപ്പോ വള്ളത്തിൽ നിന്ന് വന്നതാ"),
    ("claim_fresh", "ml", "ippo vallathil ninnu vannatha"),
    ("claim_fresh", "bn", "আজই তোলা"),
    ("claim_fresh", "bn", "aaji tola, dekhe nin"),
    ("claim_fresh", "bn", "এইমাত্র নৌকা থেকে নামানো মাছ"),
    ("claim_fresh", "mr", "आजच तोडलेली आहे"),
    ("claim_fresh", "mr", "aajach todleli aahe"),
    ("claim_fresh", "mr", "आत्ताच बोटीतून उतरवलेली मासळी"),
    ("claim_fresh", "gu", "આજે જ તોડેલા છે"),
    ("claim_fresh", "gu", "aaje j todela che"),
    ("claim_fresh", "pa", "ਅੱਜ ਹੀ ਤੋੜੇ ਨੇ"),
    ("claim_fresh", "pa", "ajj hi tode ne"),
    (None, "en", "the boat to the island is late today"),
    (None, "en", "I picked my son up from school today"),
    (None, "hi", "आज ही फ़ोन टूटा है"),
    (None, "hi", "naav se nadi paar karni hai aaj"),
    (None, "ta", "இன்னைக்கு தான் ஊருக்கு வந்தேன்"),
    (None, "te", "ఈరోజే ఊరికి వచ్చాను"),
    (None, "ml", "ഇന്ന് ബോട്ടിൽ പോകണം"),
    (None, "bn", "আজই বাড়ি ফিরলাম"),
]
"""Freshness said as a catch just off the boat or goods picked today, and look-alikes."""


SOLD_OUT = [
    ("out_of_stock", "en", "sold out this morning itself"),
    ("out_of_stock", "en", "all gone by nine, come early tomorrow"),
    ("out_of_stock", "en", "the jasmine was all gone by 8"),
    ("out_of_stock", "hi", "सुबह ही सब बिक गया"),
    ("out_of_stock", "hi", "subah hi sab bik gaya bhaiya"),
    ("out_of_stock", "hi", "नौ बजे तक सब बिक गया"),
    ("out_of_stock", "ta", "காலையிலேயே வித்துப்போச்சு"),
    ("out_of_stock", "ta", "kaalaiyile vithu pochu"),
    ("out_of_stock", "ta", "ஒன்பது மணிக்குள்ள எல்லாம் தீர்ந்துடுச்சு"),
    ("out_of_stock", "te", "పొద్దున్నే అమ్ముడైపోయాయి"),
    ("out_of_stock", "te", "poddunne ammudaipoyayi"),
    ("out_of_stock", "kn", "ಬೆಳಿಗ್ಗೆನೇ ಎಲ್ಲಾ ಮಾರಾಟ ಆಯ್ತು"),
    ("out_of_stock", "kn", "belliggene ella maaraata aaytu"),
    ("out_of_stock", "ml", "രാവിലെ തന്നെ വിറ്റു തീർന്നു"),
    ("out_of_stock", "ml", "raavile thanne vittu theernnu"),
    ("out_of_stock", "bn", "সকালেই সব বিক্রি হয়ে গেছে"),
    ("out_of_stock", "bn", "sokalei sob bikri hoye geche"),
    ("out_of_stock", "mr", "सकाळीच सगळं विकलं गेलं"),
    ("out_of_stock", "mr", "sakalich sagla vikla gela"),
    ("out_of_stock", "gu", "સવારમાં જ બધું વેચાઈ ગયું"),
    ("out_of_stock", "gu", "savarma j badhu vechai gayu"),
    ("out_of_stock", "pa", "ਸਵੇਰੇ ਹੀ ਸਾਰਾ ਵਿਕ ਗਿਆ"),
    ("out_of_stock", "pa", "savere hi saara vik gaya"),
    (None, "en", "the bus was gone by nine"),
    (None, "en", "my old house sold last year"),
    (None, "hi", "हमारा पुराना मकान पिछले साल बिक गया"),
    (None, "ta", "பஸ் ஒன்பது மணிக்கே போயிடுச்சு"),
]
"""Goods sold out in the morning or gone by an hour; a house sold is no stock."""


STURDY = [
    ("show_better", "en", "show me the sturdy ones"),
    ("show_better", "en", "give me one in good condition"),
    ("show_better", "hi", "मज़बूत वाले दिखाओ"),
    ("show_better", "hi", "majboot wala dikhao bhaiya"),
    ("show_better", "hi", "अच्छी हालत वाला दिखाइए"),
    ("show_better", "ta", "உறுதியா இருக்கிறது காட்டுங்க"),
    ("show_better", "ta", "nalla condition la irukkuradhu kaattunga"),
    ("show_better", "te", "గట్టిగా ఉన్నవి చూపించండి"),
    ("show_better", "te", "gattiga unnavi chupinchandi"),
    ("show_better", "kn", "ಗಟ್ಟಿ ಇರೋದು ತೋರಿಸಿ"),
    ("show_better", "kn", "gatti irodu torisi"),
    ("show_better", "ml", "ഉറപ്പുള്ളത് കാണിക്ക്"),
    ("show_better", "ml", "urappullathu kaanikku"),
    ("show_better", "bn", "মজবুত গুলো দেখান"),
    ("show_better", "bn", "mojbut gulo dekhan"),
    ("show_better", "mr", "मजबूत असलेले दाखवा"),
    ("show_better", "mr", "majbut asalele dakhva"),
    ("show_better", "gu", "મજબૂત હોય એવા બતાવો"),
    ("show_better", "gu", "majboot hoy eva batavo"),
    ("show_better", "pa", "ਮਜ਼ਬੂਤ ਵਾਲੇ ਦਿਖਾਓ"),
    ("show_better", "pa", "mazboot wale dikhao"),
    (None, "en", "the old bridge is still sturdy"),
    (None, "en", "show me the way to the bus stand"),
    (None, "hi", "मेरे घुटने अब मज़बूत नहीं रहे"),
    (None, "hi", "uski haalat achhi nahi hai, hospital mein hai"),
    (None, "te", "మా ఇల్లు చాలా గట్టిగా ఉంది"),
]
"""The sturdy ones, or one in good condition, asked to be shown."""


WAIT = [
    ("wait", "ta", "konjam iru anna, varen"),
    ("wait", "ta", "oru nimisham irunga"),
    ("wait", "ta", "konjam porunga, panam edukkaren"),
    ("wait", "te", "konchem aagandi"),
    ("wait", "te", "okka nimisham undandi"),
    ("wait", "te", "koncham aagu, purse teestanu"),
    ("wait", "kn", "swalpa iri"),
    ("wait", "kn", "ondu nimisha iri, duddu kodthini"),
    ("wait", "kn", "swalpa tadi anna"),
    (None, "ta", "naan bus kaaga kaathirukken"),
    (None, "te", "nenu bus kosam aagutunna"),
    (None, "kn", "naanu maganigaagi kaaytidini"),
]
"""A wait asked in romanized Tamil, Telugu and Kannada; a wait told is small talk."""


TIED = [
    ("pack_it", "hi", "achhe se baandh do"),
    ("pack_it", "hi", "thaili mein baandh ke dena"),
    ("pack_it", "ta", "nalla katti kudunga"),
    ("pack_it", "te", "baaga kattandi"),
    ("pack_it", "te", "koncham gattiga katti ivvandi"),
    ("pack_it", "kn", "chennagi katti kodi"),
    ("pack_it", "ml", "nannayi kettithaa"),
    ("pack_it", "bn", "bhalo kore bendhe din"),
    ("pack_it", "mr", "neet bandhun dya"),
    ("pack_it", "gu", "saras bandhi aapo"),
    ("pack_it", "pa", "changi tarah bann dio"),
    ("pack_it", "en", "tie it up well, I'm going by bus"),
    (None, "hi", "dukaan kal band rahegi"),
    (None, "te", "maa illu kottaga kattamu"),
    (None, "kn", "navu hosa mane kattidivi"),
    (None, "ta", "avan oru veedu kattinaan"),
]
"""The goods asked tied up, romanized; a house built or a shop shut is no packing."""


SOFT = [
    ("quality_soft", "hi", "ye to naram pad gaye hain"),
    ("quality_soft", "hi", "aam gal gaye hain bhaiya"),
    ("quality_soft", "hi", "tamatar pilpile ho gaye"),
    ("quality_soft", "pa", "eh tan naram ho gaye ne"),
    ("quality_soft", "pa", "kele gal gaye ne ji"),
    ("quality_soft", "pa", "eh pilpile ho gaye"),
    ("quality_soft", "pa", "ਇਹ ਤਾਂ ਨਰਮ ਹੋ ਗਏ ਨੇ"),
    (None, "hi", "uska dil bahut naram hai"),
    (None, "pa", "ohda dil bada naram hai"),
]
"""Goods gone soft, romanized Hindi and Punjabi; a soft heart is no fault."""


SMALL = [
    ("quality_small", "en", "these are finger-sized, bhaiya"),
    ("quality_small", "en", "so small, these potatoes"),
    ("quality_small", "hi", "ये तो उंगली जितने हैं"),
    ("quality_small", "hi", "ye to ungli jitne hain"),
    ("quality_small", "hi", "itne chhote chhote aam"),
    ("quality_small", "ta", "விரல் அளவு தான் இருக்கு"),
    ("quality_small", "ta", "viral alavu dhaan irukku"),
    ("quality_small", "te", "వేలంత ఉన్నాయి"),
    ("quality_small", "te", "velantha unnayi"),
    ("quality_small", "kn", "ಬೆರಳು ಗಾತ್ರ ಇದೆ ಅಷ್ಟೆ"),
    ("quality_small", "ml", "വിരലിന്റെ വലുപ്പമേ ഉള്ളൂ"),
    ("quality_small", "bn", "এ তো আঙুলের সমান, দাদা"),
    ("quality_small", "mr", "बोटाएवढी आहेत"),
    ("quality_small", "gu", "આંગળી જેવડા છે"),
    ("quality_small", "pa", "ਉਂਗਲ ਜਿੰਨੇ ਨੇ"),
    (None, "en", "I cut my finger on the knife"),
    (None, "hi", "ungli mein chot lagi hai"),
    (None, "ta", "விரல்ல அடிபட்டுடுச்சு"),
]
"""Goods no bigger than a finger."""


GOT = [
    ("have_it", "en", "do you get drumsticks here?"),
    ("have_it", "en", "do you get raw mango now?"),
    ("have_it", "hi", "कच्चा आम मिलता है?"),
    ("have_it", "hi", "kachcha aam milta hai?"),
    ("have_it", "hi", "yahan paneer milta hai kya?"),
    ("have_it", "ta", "முருங்கைக்காய் கிடைக்குமா?"),
    ("have_it", "ta", "murungakkai kidaikkuma?"),
    ("have_it", "te", "మునక్కాయలు దొరుకుతాయా?"),
    ("have_it", "te", "munakkayalu dorukutaya?"),
    ("have_it", "kn", "ನುಗ್ಗೆಕಾಯಿ ಸಿಗುತ್ತಾ?"),
    ("have_it", "kn", "nuggekayi sigutta?"),
    ("have_it", "ml", "മുരിങ്ങക്കായ കിട്ടുമോ?"),
    ("have_it", "ml", "muringakka kittumo?"),
    ("have_it", "bn", "সজনে ডাঁটা পাওয়া যায়?"),
    ("have_it", "bn", "sojne data pawa jay?"),
    ("have_it", "mr", "शेवग्याच्या शेंगा मिळतात का?"),
    ("have_it", "mr", "shevgyachya shenga miltat ka?"),
    ("have_it", "gu", "સરગવો મળે છે?"),
    ("have_it", "gu", "sargvo male che?"),
    ("have_it", "pa", "ਇੱਥੇ ਪਨੀਰ ਮਿਲਦਾ ਹੈ?"),
    ("have_it", "pa", "ithe paneer milda hai?"),
    (None, "en", "where do you get such big mangoes?"),
    (None, "hi", "yahan auto milta hai kya?"),
    (None, "hi", "ATM kahan milega?"),
    (None, "pa", "ithe bus mil jandi hai?"),
    (None, "ta", "இங்க ஆட்டோ கிடைக்குமா?"),
]
"""Goods asked as got here ("do you get …?", "milta hai?"); a way, a rest or a place
asked is no stock."""


OTHERWISE = [
    ("give_bag", "hi", "थैली दे दो, नहीं तो कैसे ले जाऊँगी?"),
    ("give_bag", "hi", "ek thaili de do, warna kaise le jaungi?"),
    ("give_bag", "en", "give me a bag, otherwise how will I carry all this?"),
    ("taste", "hi", "एक चख लो, वरना कैसे पता चलेगा?"),
    ("taste", "en", "taste one first, otherwise how will you know?"),
    ("weigh_properly", "hi", "ठीक से तौलो, नहीं तो क्या फायदा?"),
    ("give_bag", "ta", "ஒரு பை குடுங்க, இல்லைன்னா எப்படி கொண்டு போறது?"),
    ("give_bag", "te", "ఒక కవర్ ఇవ్వండి, లేకపోతే ఎలా తీసుకెళ్ళాలి?"),
    ("give_bag", "bn", "একটা ব্যাগ দিন, নইলে কী করে নিয়ে যাব?"),
    ("give_bag", "mr", "एक पिशवी द्या, नाहीतर कसं नेऊ?"),
    ("give_bag", "kn", "ಒಂದು ಕವರ್ ಕೊಡಿ, ಇಲ್ಲಾಂದ್ರೆ ಹೇಗೆ ತಗೊಂಡು ಹೋಗ್ಲಿ?"),
    ("give_bag", "gu", "એક થેલી આપો, નહીં તો કેવી રીતે લઈ જઈશ?"),
    ("give_bag", "pa", "ਇੱਕ ਲਿਫ਼ਾਫ਼ਾ ਦੇ ਦਿਓ, ਨਹੀਂ ਤਾਂ ਕਿਵੇਂ ਲੈ ਕੇ ਜਾਵਾਂ?"),
    ("give_bag", "ml", "ഒരു കവർ താ, അല്ലെങ്കിൽ എങ്ങനെ കൊണ്ടുപോകും?"),
]
"""A request with a question after "otherwise": the request."""


NONE_BAD = [
    ("claim_fresh", "en", "fresh stock, not a single rotten one"),
    ("claim_fresh", "en", "not one rotten in the lot"),
    ("claim_fresh", "hi", "एक भी बासी नहीं, सब आज के"),
    ("claim_fresh", "hi", "एक भी सड़ा नहीं है, सब ताज़े"),
    ("claim_fresh", "hi", "ek bhi sada nahi milega, sab taaze"),
    ("claim_fresh", "ta", "ஒண்ணு கூட அழுகல இல்ல, எல்லாம் ஃப்ரெஷ்"),
    ("claim_fresh", "te", "ఒక్కటి కూడా కుళ్ళలేదు, అన్నీ తాజా"),
    ("claim_fresh", "kn", "ಒಂದೂ ಕೊಳೆತಿಲ್ಲ, ಎಲ್ಲಾ ತಾಜಾ"),
    ("claim_fresh", "ml", "ഒന്നും ചീഞ്ഞിട്ടില്ല, എല്ലാം ഫ്രഷ്"),
    ("claim_fresh", "bn", "একটাও পচা নেই, সব টাটকা"),
    ("claim_fresh", "mr", "एकही सडकं नाही, सगळी ताजी"),
    ("claim_fresh", "gu", "એક પણ સડેલું નથી, બધા તાજા"),
    ("claim_fresh", "pa", "ਇੱਕ ਵੀ ਗਲਿਆ ਨਹੀਂ, ਸਾਰੇ ਤਾਜ਼ੇ"),
    ("quality_soft", "en", "half of these are rotten"),
    ("quality_soft", "hi", "आधे तो सड़े हुए हैं"),
    ("quality_old", "en", "these are not fresh at all"),
]
"""Not one of the goods bad: a freshness claim; a fault found or asked stays a doubt."""


SENT = [
    (None, "hi", "आपने जो आम भेजे थे, बहुत अच्छे थे"),
    (None, "hi", "aapne jo sabzi bheji thi, sab achhi thi"),
    (None, "en", "the box you sent reached home safely"),
    (None, "bn", "আপনি যে মাছ পাঠিয়েছিলেন, খুব ভালো ছিল"),
    ("paid_check", "en", "I sent the money, please check"),
    (None, "hi", "आपने भेज दिया था, बहुत अच्छा निकला"),
    (None, "hi", "aapne bhej diya tha na, sab theek pahuncha"),
    (None, "hi", "कल आपने जो टोकरी भेज दी, उसमें दो आम खराब थे"),
    ("thanks", "en", "you sent it to my house yesterday, thanks"),
    (None, "en", "the basket you sent yesterday was lovely"),
    (None, "bn", "আপনি পাঠিয়ে দিয়েছিলেন, সব ঠিকঠাক পেয়েছি"),
    (None, "bn", "apni pathiye diyechilen, sob thik peyechi"),
    (None, "ta", "நீங்க அனுப்பிட்டீங்க, எல்லாம் சரியா வந்துச்சு"),
    (None, "te", "మీరు పంపించారు, అన్నీ బాగానే వచ్చాయి"),
    (None, "kn", "ನೀವು ಕಳಿಸಿದ್ರಿ, ಎಲ್ಲಾ ಸರಿಯಾಗಿ ಬಂತು"),
    (None, "ml", "നിങ്ങൾ അയച്ചു തന്നു, എല്ലാം നന്നായി കിട്ടി"),
    (None, "mr", "तुम्ही पाठवलं होतं, सगळं नीट मिळालं"),
    (None, "gu", "તમે મોકલ્યું હતું, બધું બરાબર મળ્યું"),
    (None, "pa", "ਤੁਸੀਂ ਭੇਜ ਦਿੱਤਾ ਸੀ, ਸਭ ਠੀਕ ਪਹੁੰਚਿਆ"),
    ("paid_check", "hi", "मैंने भेज दिया, चेक कर लो"),
    ("paid_check", "bn", "আমি পাঠিয়ে দিয়েছি, দেখে নিন"),
    ("paid_check", "en", "I sent it just now, check your phone"),
    ("paid_check", "ta", "அனுப்பிட்டேன், பாருங்க"),
    ("paid_check", "kn", "ಕಳಿಸಿದೀನಿ, ನೋಡಿ"),
]
"""What the listener sent is no money sent by the speaker."""


OTHERWISE_MORE = [
    ("give_bag", "hi", "पन्नी दे दो भैया, नहीं तो क्या हाथ में ले जाऊँ?"),
    ("give_bag", "hi", "panni de do, nahi to kya haath mein le jaun?"),
    ("taste", "hi", "pehle chakh ke dekho, nahi to kya pata meetha hai ki nahi?"),
    ("give_bag", "en", "give me a cover, otherwise what will I carry it in?"),
    ("pack_it", "hi", "अच्छे से बाँध दो, नहीं तो क्या रास्ते में गिराऊँ?"),
    ("give_bag", "mr", "पिशवी द्या, नाहीतर काय हातात नेऊ?"),
    ("give_bag", "gu", "થેલી આપો ને, નહીં તો શું હાથમાં લઈ જાઉં?"),
    ("give_bag", "pa", "ਲਿਫ਼ਾਫ਼ਾ ਦੇ ਦਿਓ, ਨਹੀਂ ਤਾਂ ਕੀ ਹੱਥਾਂ ਵਿੱਚ ਲੈ ਜਾਵਾਂ?"),
    ("give_bag", "bn", "একটা প্যাকেট দিন, নইলে কি হাতে করে নিয়ে যাব?"),
    ("give_bag", "ta", "ஒரு கவர் குடுங்க, இல்லன்னா என்ன கையில தூக்கிட்டு போகவா?"),
    ("give_bag", "te", "ఒక కవర్ ఇవ్వండి, లేకపోతే ఏంటి చేతుల్లో పట్టుకెళ్ళాలా?"),
    ("give_bag", "kn", "ಒಂದು ಕವರ್ ಕೊಡಿ, ಇಲ್ಲಾಂದ್ರೆ ಏನು ಕೈಯಲ್ಲಿ ಹಿಡ್ಕೊಂಡು ಹೋಗ್ಲಾ?"),
    ("give_bag", "ml", "ഒരു കവർ താ, ഇല്ലെങ്കിൽ എന്താ കയ്യിൽ കൊണ്ടുപോണോ?"),
    ("weigh_properly", "hi", "ठीक से तौलो, नहीं तो कितना कम दोगे?"),
    ("weigh_properly", "en", "weigh it properly, otherwise how much will you cheat me?"),
    ("taste", "en", "let me taste one, otherwise how much do I know?"),
    ("give_bag", "hi", "दो थैली में डाल दो, नहीं तो कितना भारी होगा?"),
    ("give_bag", "hi", "do thaili mein daal do, warna kitna bhaari hoga?"),
    ("give_bag", "ta", "ரெண்டு பையில போடுங்க, இல்லன்னா எவ்வளவு கனமா இருக்கும்?"),
    ("give_bag", "te", "రెండు కవర్లలో వేయండి, లేకపోతే ఎంత బరువు ఉంటుంది?"),
    ("give_bag", "bn", "দুটো ব্যাগে দিন, নইলে কত ভারী হবে?"),
    ("give_bag", "mr", "दोन पिशव्यांत द्या, नाहीतर किती जड होईल?"),
    ("give_bag", "gu", "બે થેલીમાં આપો, નહીં તો કેટલું ભારે થશે?"),
    ("give_bag", "kn", "ಎರಡು ಕವರಲ್ಲಿ ಹಾಕಿ, ಇಲ್ಲಾಂದ್ರೆ ಎಷ್ಟು ಭಾರ ಆಗುತ್ತೆ?"),
    ("give_bag", "ml", "രണ്ട് കവറിൽ ഇട്, അല്ലെങ്കിൽ എത്ര ഭാരമാകും?"),
    ("give_bag", "pa", "ਦੋ ਲਿਫ਼ਾਫ਼ਿਆਂ ਵਿੱਚ ਪਾ ਦਿਓ, ਨਹੀਂ ਤਾਂ ਕਿੰਨਾ ਭਾਰਾ ਹੋਊ?"),
    ("give_bag", "en", "put it in two covers, otherwise how much will one bag weigh?"),
    ("pack_it", "hi", "अच्छे से पैक करो, वरना कितना गिरेगा रास्ते में?"),
    ("pack_it", "ta", "நல்லா கட்டி குடுங்க, இல்லன்னா எவ்வளவு சிந்தும்?"),
    ("taste", "ml", "ഒന്ന് രുചിച്ചു നോക്കട്ടെ, അല്ലെങ്കിൽ എങ്ങനെ അറിയും?"),
    ("weigh_properly", "mr", "नीट वजन करा, नाहीतर किती कमी येईल कुणास ठाऊक?"),
    ("weigh_properly", "kn", "ಸರಿಯಾಗಿ ತೂಕ ಮಾಡಿ, ಇಲ್ಲಾಂದ್ರೆ ಎಷ್ಟು ಕಮ್ಮಿ ಬರುತ್ತೋ?"),
    ("weigh_properly", "te", "సరిగ్గా తూకం వేయండి, లేకపోతే ఎంత తక్కువ వస్తుందో?"),
    ("weigh_properly", "bn", "ঠিক করে ওজন করুন, নইলে কত কম হবে কে জানে?"),
]
"""A "how much" or "how" after "otherwise" asks nothing of its own."""


NEAR_MISSES = [
    (None, "en", "do you get tired standing here all day?"),
    (None, "en", "do you get a holiday on Sunday here?"),
    (None, "en", "do you get many customers here in the rain?"),
    ("have_it", "en", "do you sell dried fish?"),
    (None, "hi", "yahan chhutti milti hai?"),
    (None, "hi", "kal ki train mein seat milti hai?"),
    (None, "ta", "இங்க நேரம் கிடைக்குமா உங்களுக்கு?"),
    (None, "kn", "ಭಾನುವಾರ ರಜೆ ಸಿಗುತ್ತಾ?"),
    (None, "bn", "কোথায় পাওয়া যায় এমন শাড়ি?"),
    (None, "bn", "এখানে অটো পাওয়া যায়?"),
    (None, "hi", "ये कहाँ मिलता है?"),
    ("quality_soft", "hi", "कोई सड़ा तो नहीं है?"),
    ("quality_soft", "hi", "एक भी अच्छा नहीं, सब सड़े हुए"),
    (None, "ta", "கொஞ்சம் இருட்டா இருக்கு"),
    (None, "te", "maa abbayi konchem aagaadu, alladi chestadu"),
    (None, "kn", "nanna hesaru tadi alla"),
    ("wait", "kn", "ಸ್ವಲ್ಪ ತಡಿ, ದುಡ್ಡು ತೆಗೀತೀನಿ"),
    (None, "hi", "aaj hi tod diya usne mera phone"),
    (None, "hi", "naav se ghoomne chalenge shaam ko"),
    (None, "en", "my cousin is just off the boat from Dubai, staying with us"),
    (None, "mr", "आमचं जुनं घर मागच्या वर्षी विकलं गेलं"),
    (None, "bn", "আমাদের জমি গত বছর বিক্রি হয়ে গেছে"),
    ("out_of_stock", "bn", "পেঁয়াজ সকালেই সব বিক্রি হয়ে গেছে"),
    (None, "pa", "ohna da vyah ho gaya, sab bann gaya"),
    (None, "ml", "avan ente kayyil ketti thannu"),
    ("quality_small", "en", "these are finger-sized, can't peel them"),
    (None, "en", "my finger is sore from the knife"),
    (None, "hi", "ungli mein anguthi nahi aati"),
    (None, "te", "mee chinna vela kosam chudandi"),
    (None, "en", "show me the sturdy bridge on the map"),
]
"""Lines near the new cues that say another act or none."""


@pytest.mark.parametrize(
    ("act", "language", "text"),
    FRESH
    + SOLD_OUT
    + STURDY
    + WAIT
    + TIED
    + SOFT
    + SMALL
    + GOT
    + OTHERWISE
    + NONE_BAD
    + SENT
    + OTHERWISE_MORE
    + NEAR_MISSES,
)
def test_the_act_is_received(act: str | None, language: str, text: str) -> None:
    assert received(text, language) == act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "ये नहीं तो वो वाला कितने का है?"),
        ("hi", "ये नहीं तो वो कितने का है?"),
        ("en", "if not this one, how much is that one?"),
        ("ta", "இது இல்லன்னா அது எவ்வளவு?"),
    ],
)
def test_a_price_asked_after_otherwise_with_nothing_before_it_is_asked(
    language: str, text: str
) -> None:
    heard = market_act(text, language)
    assert heard is not None and heard.act == "ask_price"


def test_otherwise_is_found_in_its_words() -> None:
    words = [fold(w) for w in "ek thaili de do nahi to kitna bhaari hoga ?".split()]
    assert otherwise_spans(words, "hi") == [(4, 6)]
    assert otherwise_spans(words[:4], "hi") == []


def test_a_how_much_after_otherwise_yields_only_to_an_act_before_it() -> None:
    words = [fold(w) for w in "cover please otherwise how much will it weigh".split()]
    asked = [Hit("give_bag", 0, 2), Hit("ask_price", 3, 5)]
    assert rhetorical(asked, words, "en") == [Hit("give_bag", 0, 2)]
    alone = [Hit("ask_price", 3, 5)]
    assert rhetorical(alone, words, "en") == alone


def test_a_fault_denied_of_not_even_one_is_the_claim() -> None:
    words = [fold(w) for w in "एक भी सड़ा नहीं है".split()]
    assert fault_denied([Hit("quality_soft", 2, 3)], words, "hi") == [Hit("claim_fresh", 2, 3)]
    found = [fold(w) for w in "आधे सड़े हैं".split()]
    assert fault_denied([Hit("quality_soft", 1, 2)], found, "hi") == [Hit("quality_soft", 1, 2)]
