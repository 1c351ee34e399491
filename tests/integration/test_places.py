"""Place names to time zones on the real GeoNames data, through the core's reading of an answer."""
from __future__ import annotations

import pytest

from adapters.places.geonames import GeonamesPlaces
from core.errors import BadInput
from core.timezones import resolve_zone


@pytest.fixture(scope="module")
def places() -> GeonamesPlaces:
    return GeonamesPlaces()


@pytest.mark.parametrize(
    ("typed", "zone", "note"),
    [
        ("london", "Europe/London", "Europe/London"),
        ("new york", "America/New_York", "America/New_York"),
        ("India", "Asia/Kolkata", "for India"),
        ("US", "America/New_York", "United States has more than one time zone"),
        ("uk", "Europe/London", "for United Kingdom"),
        ("são paulo", "America/Sao_Paulo", "America/Sao_Paulo"),
        ("Mumbai", "Asia/Kolkata", "for Mumbai, India"),
        ("Лондон", "Europe/London", "for London, United Kingdom"),
        ("germany", "Europe/Berlin", "for Germany"),
    ],
)
async def test_cities_and_countries_resolve_to_the_zone_people_live_in(places: GeonamesPlaces, typed: str, zone: str, note: str) -> None:
    answer = await resolve_zone(typed, places)
    assert answer.zone == zone and note in answer.note


async def test_a_misspelt_city_gets_the_real_city_as_a_suggestion(places: GeonamesPlaces) -> None:
    with pytest.raises(BadInput) as missed:
        await resolve_zone("Lodnon", places)
    assert "London" in str(missed.value)
    with pytest.raises(BadInput) as region:
        await resolve_zone("America", places)
    assert "America/New_York" in str(region.value)
