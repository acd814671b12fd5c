"""DICOM images: header de-identified (PS3.15 Annex E basic profile), pixels sent on as PNG.

Only pixels leave RadGate; the de-identified header is what may be kept for audit. Images that may
carry identifiers in their pixels (burned-in annotation, or a modality that usually has it with the
flag absent) are refused: pixel text cannot be redacted here.
"""

from __future__ import annotations

import io

from redaction._images import UnsupportedContent, encode_png

# Annex E basic profile attributes that identify the patient, the people involved, the place or
# the time (D/Z/X/U actions); all are removed here, and UIDs are replaced.
_REMOVE = (
    "PatientName PatientID IssuerOfPatientID PatientBirthDate PatientBirthTime PatientSex PatientAge "
    "PatientSize PatientWeight PatientAddress PatientTelephoneNumbers PatientMotherBirthName "
    "OtherPatientIDs OtherPatientIDsSequence OtherPatientNames PatientBirthName MilitaryRank BranchOfService "
    "MedicalRecordLocator EthnicGroup Occupation AdditionalPatientHistory PatientComments "
    "PatientInsurancePlanCodeSequence PatientReligiousPreference ResponsiblePerson ResponsibleOrganization "
    "CountryOfResidence RegionOfResidence CurrentPatientLocation PatientInstitutionResidence "
    "AccessionNumber StudyID StudyDate SeriesDate AcquisitionDate ContentDate StudyTime SeriesTime "
    "AcquisitionTime ContentTime AcquisitionDateTime InstanceCreationDate InstanceCreationTime "
    "InstitutionName InstitutionAddress InstitutionalDepartmentName InstitutionCodeSequence "
    "ReferringPhysicianName ReferringPhysicianAddress ReferringPhysicianTelephoneNumbers "
    "PerformingPhysicianName NameOfPhysiciansReadingStudy PhysiciansOfRecord RequestingPhysician "
    "OperatorsName ScheduledPerformingPhysicianName StationName DeviceSerialNumber DeviceUID "
    "StudyDescription SeriesDescription ImageComments RequestAttributesSequence RequestedProcedureID "
    "PerformedProcedureStepID PerformedProcedureStepStartDate PerformedProcedureStepStartTime "
    "PerformedProcedureStepDescription ScheduledProcedureStepID AdmissionID AdmittingDiagnosesDescription "
    "ReasonForStudy RequestedProcedureDescription ProtocolName DerivationDescription "
    "OriginalAttributesSequence ContentSequence ReferencedPatientSequence ReferencedStudySequence "
    "PatientState PregnancyStatus LastMenstrualDate SpecialNeeds Allergies PerformingPhysicianIdentificationSequence "
    "ReferringPhysicianIdentificationSequence OperatorIdentificationSequence TimezoneOffsetFromUTC"
).split()
_REPLACE_UIDS = ("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "FrameOfReferenceUID",
                 "MediaStorageSOPInstanceUID")
# Modalities whose images usually carry burned-in text; without a "NO" flag they are refused.
_BURNED_IN_LIKELY = {"US", "SC", "OT", "XA", "ES", "DOC", "IVUS"}


def deidentify(dataset) -> int:  # noqa: ANN001 - a pydicom Dataset
    """Apply the basic profile in place; return how many attributes were removed or replaced."""
    from pydicom.uid import generate_uid

    changed = 0
    for keyword in _REMOVE:
        if keyword in dataset:
            delattr(dataset, keyword)
            changed += 1
    for keyword in _REPLACE_UIDS:
        for holder in (dataset, getattr(dataset, "file_meta", None)):
            if holder is not None and keyword in holder:
                setattr(holder, keyword, generate_uid())
                changed += 1
    private = [elem.tag for elem in dataset if elem.tag.is_private]
    overlays = [elem.tag for elem in dataset if 0x6000 <= elem.tag.group <= 0x60FF]  # drawn text, curves
    for tag in private + overlays:
        del dataset[tag]
    dataset.PatientIdentityRemoved = "YES"
    dataset.DeidentificationMethod = "RadGate: DICOM PS3.15 Annex E basic profile"
    return changed + len(private) + len(overlays)


def dicom_to_png(data: bytes) -> tuple[bytes, int]:
    """Return (PNG of the first frame, number of header attributes removed); refuse what is unsafe."""
    import pydicom
    from pydicom.errors import InvalidDicomError

    try:
        dataset = pydicom.dcmread(io.BytesIO(data))
    except (InvalidDicomError, EOFError, ValueError, TypeError):
        raise UnsupportedContent("DICOM file cannot be read") from None
    burned = str(dataset.get("BurnedInAnnotation", "")).upper()
    modality = str(dataset.get("Modality", "")).upper()
    if burned == "YES" or (burned != "NO" and modality in _BURNED_IN_LIKELY):
        raise UnsupportedContent("DICOM image may have identifiers burned into its pixels")
    if int(dataset.get("NumberOfFrames", 1) or 1) > 1:
        raise UnsupportedContent("multi-frame DICOM is not accepted; send one frame")
    removed = deidentify(dataset)
    try:
        pixels = dataset.pixel_array
    except Exception as exc:  # noqa: BLE001 - compressed syntaxes without a decoder, corrupt data
        raise UnsupportedContent(f"DICOM pixel data cannot be decoded ({type(exc).__name__})") from None
    return _to_png(dataset, pixels), removed


def _to_png(dataset, pixels) -> bytes:  # noqa: ANN001
    import numpy as np

    if pixels.ndim == 3 and pixels.shape[-1] == 3:
        rgb = np.clip(pixels, 0, 255).astype(np.uint8)
        return encode_png(rgb.tobytes(), rgb.shape[1], rgb.shape[0], color=True)
    if pixels.ndim != 2:
        raise UnsupportedContent("DICOM pixel layout not supported")
    values = pixels.astype(np.float64) * float(dataset.get("RescaleSlope", 1) or 1) + float(
        dataset.get("RescaleIntercept", 0) or 0)
    center, width = dataset.get("WindowCenter"), dataset.get("WindowWidth")
    if center is not None and width is not None:
        center, width = _first(center), _first(width)
        low, high = center - width / 2, center + width / 2
    else:
        low, high = float(values.min()), float(values.max())
    scaled = np.clip((values - low) / max(high - low, 1e-9), 0, 1) * 255
    if str(dataset.get("PhotometricInterpretation", "")).upper() == "MONOCHROME1":
        scaled = 255 - scaled
    gray = scaled.astype(np.uint8)
    return encode_png(gray.tobytes(), gray.shape[1], gray.shape[0], color=False)


def _first(value) -> float:  # noqa: ANN001 - DS or a multi-valued DS
    from pydicom.multival import MultiValue

    return float(value[0]) if isinstance(value, MultiValue | list | tuple) else float(value)
