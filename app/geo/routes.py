"""Geography API: Kosovo's municipalities, so that clients name them and pick them from a list
instead of showing or asking for slugs."""

import unicodedata

from flask.views import MethodView

from app.api import Blueprint
from app.geo import schemas
from app.geo.gazetteer import municipalities
from app.i18n import current_language

blp = Blueprint("geo", __name__, url_prefix="/api/v1", description="Municipalities")


@blp.route("/municipalities")
class Municipalities(MethodView):
    @blp.response(200, schemas.MunicipalityListSchema)
    def get(self):
        """Kosovo's 38 municipalities, named in the request's language and in alphabetical order."""
        lang = current_language()
        named = [{"id": m.slug, "name": m.name(lang), "names": dict(m.names),
                  "seat": {"name": m.seat_name, "lat": m.seat_lat, "lon": m.seat_lon}}
                 for m in municipalities()]
        return {"municipalities": sorted(named, key=lambda m: alphabetical(m["name"]))}


def alphabetical(name: str) -> list[tuple[str, int]]:
    """A sort key close to the Albanian and Serbian alphabets: a letter with a diacritic follows
    its base letter (c, č, ć; d, đ; e, ë; s, š), so Dečani comes before Đakovica."""
    key = []
    for char in name.casefold():
        base = "d" if char == "đ" else unicodedata.normalize("NFD", char)[0]
        key.append((base, 0 if base == char else 1 + "čćçđëšž".find(char)))
    return key
