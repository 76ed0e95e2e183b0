"""POST /api/v1/decode through HTTP: multipart in, codes out, bad uploads refused clearly."""

import io

from PIL import Image

from tests.imaging import images


def _post(client, data: bytes, name: str = "photo.jpg"):
    return client.post(
        "/api/v1/decode",
        data={"image": (io.BytesIO(data), name)},
        content_type="multipart/form-data",
    )


def test_a_phone_photo_of_a_stamp_gives_its_code(client):
    text = images.stamp_text()
    photo = images.photo_like(images.qr_image(text), angle_deg=7, blur_px=0.8, noise_sigma=12)
    answer = _post(client, images.encode(photo, quality=80))
    assert answer.status_code == 200
    assert answer.get_json()["codes"] == [{"text": text, "format": "qr_code"}]


def test_a_photo_without_a_code_gives_an_empty_list(client):
    blank = io.BytesIO()
    Image.new("RGB", (640, 480), "white").save(blank, "PNG")
    answer = _post(client, blank.getvalue(), "blank.png")
    assert (answer.status_code, answer.get_json()) == (200, {"codes": []})


def test_a_text_file_named_jpg_is_unsupported_media(client):
    answer = _post(client, b"hello, I am not a picture", "stamp.jpg")
    assert answer.status_code == 415
    assert answer.get_json()["error"] == "unsupported_media_type"


def test_missing_image_field_is_a_validation_error(client):
    answer = client.post("/api/v1/decode", data={}, content_type="multipart/form-data")
    assert answer.status_code == 422
    assert answer.get_json()["error"] == "validation_failed"


def test_an_image_bomb_is_refused_without_decoding(client):
    answer = _post(client, images.bomb_png(40_000, 40_000), "bomb.png")
    assert answer.status_code == 413
    assert answer.get_json()["error"] == "payload_too_large"
