"""Market acts: a bulk rate asked for the whole sack, crate or sack-load; goods said to
come straight from the mill or from a growing region with "straight ... from"; an act
said beside a festival or a wedding told in a clause of its own; and single wordings
(a fused "tie and give", notes paid, sturdier ones shown, "रामराम")."""

from __future__ import annotations

import pytest

from tests.market_helpers import received


@pytest.mark.parametrize(
    ("act", "language", "text"),
    [
        ("bulk_price", "hi", "अगर पूरी बोरी गेहूँ ले लूँ तो क्या भाव दोगे?"),
        ("bulk_price", "hi", "पूरा कट्टा ले जाऊँ तो रेट क्या लगेगा?"),
        ("bulk_price", "hi", "agar poori bori aloo le lun to kya rate doge?"),
        ("bulk_price", "hi", "पूरी पेटी आम ले लूँ तो कितने में दोगे?"),
        (None, "hi", "पूरी बोरी उठा के मेरी गाड़ी में रख दो"),
        (None, "hi", "भैया, पूरी बोरी घर तक पहुँचा दोगे?"),
        ("bulk_price", "kn", "ಇಡೀ ಮೂಟೆ ಅಕ್ಕಿ ತಗೊಂಡ್ರೆ ಏನು ರೇಟ್?"),
        ("bulk_price", "kn", "ಪೂರ್ತಿ ಚೀಲ ತಗೊಂಡ್ರೆ ಎಷ್ಟಕ್ಕೆ ಕೊಡ್ತೀರಾ?"),
        ("bulk_price", "kn", "idee moote eerulli tagondre enu rate?"),
        (None, "kn", "ಇಡೀ ಮೂಟೆ ಆಟೋಗೆ ಹಾಕಿ"),
        ("bulk_price", "en", "if I take the whole sack, what rate will you give?"),
        (None, "en", "can you put the whole sack in the auto for me?"),
        ("bulk_price", "mr", "पूर्ण पोतं घेतलं तर काय भाव लावाल?"),
        ("bulk_price", "gu", "આખી ગુણી લઉં તો શું ભાવ આપશો?"),
        ("bulk_price", "ta", "முழு மூட்டையும் எடுத்தா என்ன ரேட்?"),
        ("bulk_price", "te", "మొత్తం బస్తా తీసుకుంటే ఏం రేటు?"),
        ("bulk_price", "bn", "পুরো বস্তাই নিয়ে নিলে দাম কত পড়বে?"),
        ("bulk_price", "ml", "ഒരു ചാക്ക് മുഴുവൻ എടുത്താൽ എന്ത് റേറ്റ്?"),
        ("bulk_price", "pa", "ਪੂਰੀ ਬੋਰੀ ਲੈ ਲਵਾਂ ਤਾਂ ਕੀ ਰੇਟ ਲਾਓਗੇ?"),
        ("claim_origin", "en", "this rice comes straight from the mill, no middleman"),
        ("claim_origin", "en", "these walnuts are from Kashmir, madam"),
        (None, "en", "my son is posted in Kashmir these days"),
        ("claim_origin", "hi", "ये अखरोट सीधे कश्मीर से आए हैं"),
        ("claim_origin", "hi", "चावल सीधा मिल से आता है, बीच में कोई नहीं"),
        ("claim_origin", "hi", "ye akhrot seedhe kashmir se aaye hain"),
        (None, "hi", "मेरा भाई कश्मीर घूमने गया है"),
        ("claim_origin", "mr", "तांदूळ थेट गिरणीतून आलाय"),
        (None, "mr", "माझा मुलगा काश्मीरला फिरायला गेलाय"),
        ("claim_origin", "ml", "ഈ വെളിച്ചെണ്ണ മില്ലിൽ നിന്ന് നേരിട്ട് എടുത്തതാ"),
        ("claim_origin", "ml", "ee ari nere millil ninnu varunnathaanu"),
        (None, "ml", "ഞാൻ മില്ലിൽ നിന്ന് ജോലി കഴിഞ്ഞ് വരുവാ"),
        ("claim_origin", "ta", "இந்த அரிசி நேரா மில்லுல இருந்து வருது"),
        ("claim_origin", "te", "ఈ బియ్యం నేరుగా మిల్లు నుంచి వచ్చాయి"),
        ("claim_origin", "kn", "ಈ ಅಕ್ಕಿ ನೇರ ಮಿಲ್ಲಿನಿಂದ ಬಂದಿದೆ"),
        ("claim_origin", "bn", "এই চাল সোজা মিল থেকে আসে"),
        ("claim_origin", "gu", "આ અખરોટ સીધા કાશ્મીરથી આવ્યા છે"),
        ("claim_origin", "pa", "ਇਹ ਅਖਰੋਟ ਸਿੱਧੇ ਕਸ਼ਮੀਰ ਤੋਂ ਆਏ ਨੇ"),
        ("out_of_stock", "hi", "मोगरे के गजरे सब खत्म हो गए, आज मोहल्ले में शादी है"),
        (None, "hi", "शादी की खरीदारी में सारे पैसे खत्म हो गए"),
        ("too_expensive", "hi", "बहुत महंगा लगा रहे हो, शादी का सीज़न है तो क्या हुआ"),
        (None, "hi", "इस बार शादी में सब कुछ बहुत महंगा पड़ा"),
        ("too_expensive", "pa", "ਬਹੁਤ ਮਹਿੰਗਾ ਦੇ ਰਹੇ ਹੋ, ਦੀਵਾਲੀ ਹੈ ਤਾਂ ਕੀ ਹੋਇਆ"),
        (None, "pa", "ਵਿਆਹ ਵਿੱਚ ਸਭ ਕੁਝ ਬਹੁਤ ਮਹਿੰਗਾ ਪਿਆ"),
        ("come_look", "en", "come sister, see these clay lamps, new stock for Diwali"),
        (
            "out_of_stock",
            "en",
            "the marigold strings are all finished, there are two weddings on this street",
        ),
        (None, "en", "after the wedding shopping my money is all finished"),
        ("pack_it", "ta", "இந்த பாட்டிலை நல்லா கட்டிக்குடுங்க"),
        ("pack_it", "ta", "ithu glass, nalla kattikudunga anna"),
        (None, "ta", "en ponnu school-la nalla kattura"),
        ("pay_cash", "te", "నోట్లే ఇస్తా అక్కా, ఫోన్ లో బ్యాలెన్స్ లేదు"),
        ("pay_cash", "te", "notle istha anna"),
        ("show_better", "hi", "ये बाल्टी कमज़ोर है, कोई मज़बूत वाली दिखाइए"),
        ("show_better", "hi", "koi mazboot wala taala dikhao"),
        (None, "hi", "मेरे दादा जी बहुत मज़बूत आदमी थे"),
        ("greet", "mr", "रामराम दादा"),
        ("greet", "mr", "ramram mama"),
        ("claim_origin", "mr", "ही केशर थेट काश्मीरहून मागवली आहे"),
        (None, "mr", "मी काल नाशिकहून आलो"),
        (None, "te", "బ్యాంకులో కొత్త నోట్లు ఇచ్చారు"),
        (None, "hi", "मेरे पापा कपड़ा मिल में काम करते थे"),
        ("out_of_stock", "kn", "ಹೂವಿನ ಹಾರ ಎಲ್ಲಾ ಖಾಲಿ ಆಯ್ತು, ಇವತ್ತು ಮೂರು ಮದುವೆ ಇದೆ"),
        ("out_of_stock", "mr", "झेंडूचे हार संपले, आज गल्लीत दोन लग्नं आहेत"),
        ("too_expensive", "gu", "બહુ મોંઘું આપો છો, લગ્નની સીઝન છે તો શું થયું"),
    ],
)
def test_the_act_is_received(act: str | None, language: str, text: str) -> None:
    assert received(text, language) == act
