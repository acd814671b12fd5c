"""DICOM: header de-identified per the basic profile, pixels passed on as PNG, unsafe images refused."""

from __future__ import annotations

import base64
import io
import struct
import zlib

import numpy as np
import pydicom
import pytest
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, SecondaryCaptureImageStorage, generate_uid

from redaction import UnsupportedContent
from redaction._dicom import deidentify, dicom_to_png
from redaction._images import sanitize_image_url

PHI = {"PatientName": "DOE^JOHN^A", "PatientID": "00482913", "PatientBirthDate": "19510314",
       "AccessionNumber": "RAD20260031145", "InstitutionName": "St Mary Hospital",
       "ReferringPhysicianName": "PATEL^ANIL", "StudyDate": "20260314"}


def make_dicom(modality: str = "CR", burned_in: str | None = "NO", frames: int = 1) -> bytes:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    for keyword, value in PHI.items():
        setattr(ds, keyword, value)
    ds.Modality = modality
    if burned_in is not None:
        ds.BurnedInAnnotation = burned_in
    ds.SOPClassUID, ds.SOPInstanceUID = SecondaryCaptureImageStorage, meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
    ds.add_new(0x00291010, "LO", "DOE JOHN private note")  # a private tag
    ds.Rows, ds.Columns, ds.SamplesPerPixel = 4, 6, 1
    ds.PhotometricInterpretation, ds.BitsAllocated, ds.BitsStored, ds.HighBit = "MONOCHROME2", 16, 12, 11
    ds.PixelRepresentation = 0
    if frames > 1:
        ds.NumberOfFrames = frames
    pixels = np.arange(24 * frames, dtype=np.uint16).reshape((frames, 4, 6) if frames > 1 else (4, 6)) * 100
    ds.PixelData = pixels.tobytes()
    buffer = io.BytesIO()
    ds.save_as(buffer, enforce_file_format=True)
    return buffer.getvalue()


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    return struct.unpack(">II", data[16:24])


def test_header_is_stripped_and_pixels_become_png():
    data = make_dicom()
    png, removed = dicom_to_png(data)
    assert png_size(png) == (6, 4)
    assert removed >= len(PHI)
    for value in PHI.values():
        assert value.encode() not in png
    # the pixels made it: a gradient, darkest first
    idat = png[png.index(b"IDAT") + 4:]
    rows = zlib.decompress(idat[:struct.unpack(">I", png[png.index(b"IDAT") - 4:png.index(b"IDAT")])[0]])
    assert rows[1] == 0 and rows[-1] == 255


def test_basic_profile_removes_identifiers_and_private_tags():
    ds = pydicom.dcmread(io.BytesIO(make_dicom()))
    old_uid = ds.StudyInstanceUID
    deidentify(ds)
    for keyword in PHI:
        assert keyword not in ds
    assert not [e for e in ds if e.tag.is_private]
    assert ds.StudyInstanceUID != old_uid and ds.PatientIdentityRemoved == "YES"


@pytest.mark.parametrize("modality,flag", [("CR", "YES"), ("US", None), ("SC", None)])
def test_images_that_may_have_burned_in_text_are_refused(modality, flag):  # noqa: ANN001
    with pytest.raises(UnsupportedContent, match="burned"):
        dicom_to_png(make_dicom(modality, flag))


def test_multi_frame_and_garbage_are_refused():
    with pytest.raises(UnsupportedContent, match="multi-frame"):
        dicom_to_png(make_dicom(frames=2))
    with pytest.raises(UnsupportedContent):
        dicom_to_png(b"\x00" * 128 + b"DICM" + b"\x01\x02")


def test_a_dicom_data_url_comes_out_as_a_png_data_url():
    url = "data:image/dicom;base64," + base64.b64encode(make_dicom()).decode()
    clean = sanitize_image_url(url)
    assert clean.startswith("data:image/png;base64,")
    assert b"DOE" not in base64.b64decode(clean.split(",", 1)[1])
