"""Invented pools for the blind corpus: names, places, facilities, domains, area codes, devices, drugs.

Written independently of the dev/holdout pools. Some names are ordinary words or eponyms on purpose
(Rose, Hope, Will, June, Young, Brown, Baker, Graves, Paget, Morton, Jones, Smith): a detector must
redact the person and keep the disease.
"""

from __future__ import annotations

FEMALE = (
    "Adaeze", "Agnieszka", "Alma", "Anahit", "April", "Beatriz", "Bernadette", "Bronwyn", "Catalina", "Dagny",
    "Delphine", "Eilidh", "Esperanza", "Faith", "Fenella", "Genevieve", "Grace", "Hope", "Ingeborg", "Itzel",
    "June", "Kalani", "Keziah", "Laila", "Lorna", "Lucinda", "Mairead", "Marisol", "May", "Meseret",
    "Nadezhda", "Noor", "Oluwaseun", "Ottilie", "Perpetua", "Priyanka", "Rose", "Rosalind", "Saoirse", "Sunniva",
    "Tamsin", "Thandiwe", "Ulla", "Valentina", "Wilhelmina", "Xiomara", "Yevgenia", "Zainab", "Honor", "Ivy",
)
MALE = (
    "Ambrose", "Anselm", "Arnold", "Augustin", "Bartholomew", "Bongani", "Caspian", "Cormac", "Dariusz", "Desmond",
    "Emeka", "Evander", "Florian", "Gideon", "Hamish", "Hyun-woo", "Ignatius", "Jarrah", "Joaquin", "Kwabena",
    "Lachlan", "Leopold", "Mateus", "Mordecai", "Nikolai", "Obadiah", "Oisin", "Pradeep", "Quentin", "Rafferty",
    "Rustam", "Silas", "Tadhg", "Teodor", "Ugo", "Valentin", "Wendell", "Will", "Xavier", "Yusuf",
    "Zebulon", "Hart", "King", "Sterling", "Mercer", "Addison", "Morgan", "Baker", "Chase", "Royal",
)
SURNAMES = (
    "Abernethy", "Achterberg", "Adebayo-Cole", "Ainsworth", "Balogun", "Baker", "Barrett", "Bell", "Brown",
    "Castellanos", "Cheruiyot", "Dahlqvist", "Delacroix-Mbeki", "Drummond", "Eszterhas", "Fairweather", "Fitzwilliam",
    "Graves", "Gwynedd", "Haverkamp", "Hill", "Ilunga", "Jankowska", "Jones", "Kavanagh", "Kowalczyk",
    "Lindqvist", "Long", "MacGillivray", "Mbatha", "McAllister-Reyes", "Morton", "Nakagawa", "Nwachukwu",
    "O'Donoghue", "Okonjo", "Oyelaran", "Paget", "Pemberton", "Quispe", "Rautenbach", "Rosenqvist", "Saarinen",
    "Smith", "St. Clair", "Szabo", "Takahashi", "Thistlewood", "Uchenna", "Vasquez-Oduya", "Wainwright",
    "Whitfield", "Wojcik", "Xu", "Yellowhorse", "Young", "Zamora", "Zielinski", "de la Fuente", "van der Berg",
    "Ewing", "Wilson", "Hope", "Rivers", "Stone", "Summers", "Winter", "Marsh", "Lamb", "Cross",
)
MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTVW"

FACILITIES = (
    ("Saint Brigid Regional Medical Center", "SBRMC"), ("Harrowgate Community Hospital", "HCH"),
    ("Kestrel Valley Imaging", "KVI"), ("Lowmoor Orthopaedic Institute", "LOI"),
    ("Ninefold Bay Cancer Center", "NBCC"), ("Tamsin Hollow Children's Hospital", "THCH"),
    ("Wexcombe Veterans Medical Center", "WVMC"), ("Ardmere Women's Imaging", "AWI"),
    ("Blue Heron Outpatient Radiology", "BHOR"), ("Cassidy Point Medical Group", "CPMG"),
    ("Greywater University Hospital", "GUH"), ("Mercy of the Pines Hospital", "MPH"),
    ("Oxbow Junction Urgent Care", "OJUC"), ("Sorrel Springs Breast Center", "SSBC"),
    ("Fenwick Station Rehabilitation Hospital", "FSRH"), ("Quillan County Medical Center", "QCMC"),
)
CITIES = (
    ("Port Alden", "ME", "04"), ("Wexcombe", "VT", "05"), ("Harrowgate", "NY", "13"), ("Lake Tamsin", "MN", "56"),
    ("Ninefold Bay", "OR", "97"), ("Millbrook Falls", "PA", "16"), ("East Caddoway", "OH", "44"),
    ("Sorrel Springs", "CO", "81"), ("Quillan", "WI", "54"), ("New Ardmere", "NJ", "08"),
    ("Fenwick Station", "KY", "41"), ("Oxbow Junction", "NE", "69"), ("Greywater", "MI", "49"),
    ("Cassidy Point", "WA", "98"), ("Lowmoor", "IA", "52"), ("Saint Osric", "LA", "70"),
)
STREETS = (
    "Larkspur Ct", "Tanager Way", "Old Mill Rd", "Ketchum Avenue", "Quarry Hill Road", "Rose Lane",
    "Brown Street", "Pemberton Pl", "N Cobbler St", "Wicklow Terrace", "Heron Bluff Dr", "County Road 12",
    "Saltbox Circle", "W 3rd Street", "Juniper Hollow Ln", "Bellweather Blvd", "Route 9W", "Candlewick Drive",
)
UNITS = ("Apt 3B", "Unit 12", "#4", "Apt. 207", "Lot 31", "Suite 110", "Fl 2")
PATIENT_MAIL = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "proton.me")
DOMAINS = ("stbrigid-rmc.org", "harrowgatehealth.net", "kvimaging.com", "loi-ortho.org", "ninefoldcancer.org",
           "thch.org", "wexcombe.va.gov", "ardmerewomens.com", "blueheronrad.com", "greywater.edu")
AREA_CODES = ("207", "315", "412", "518", "607", "716", "802", "860", "978", "413", "570", "814", "503", "719",
              "262", "859", "308", "616", "360", "319", "985")
IP_PREFIXES = ("10.42", "10.118", "172.20", "172.31", "192.168", "100.64", "10.7")
RELATIONS = ("daughter", "son", "wife", "husband", "sister", "brother", "niece", "grandson", "mother", "father",
             "partner", "guardian", "neighbor")
CT_CONTRAST = ("Omnipaque 350", "Isovue 370", "Visipaque 320", "Optiray 350", "iohexol")
MR_CONTRAST = ("gadobutrol (Gadavist)", "Dotarem", "Eovist", "MultiHance", "Clariscan")
CONTRAST = CT_CONTRAST + MR_CONTRAST
DRUGS = ("apixaban", "Eliquis", "warfarin", "Coumadin", "metformin", "Lasix", "clopidogrel", "Plavix", "heparin",
         "levothyroxine", "Synthroid", "tamoxifen", "Keytruda", "prednisone", "methimazole", "Zometa")
ANTICOAGULANTS = ("apixaban", "Eliquis", "warfarin", "Coumadin", "clopidogrel", "Plavix", "enoxaparin", "rivaroxaban")
DEVICES = ("Medtronic Azure XT DR pacemaker", "Boston Scientific Accolade MRI pacemaker", "Abbott Assurity MRI",
           "Cochlear Nucleus CI632 implant", "Medtronic SynchroMed II pump", "Nevro Senza spinal cord stimulator",
           "Biotronik Edora 8 DR-T", "Codman Certas Plus shunt valve", "Inspire hypoglossal nerve stimulator")
SCANNERS = {
    "CT": ("Siemens SOMATOM Force", "GE Revolution Apex", "Canon Aquilion ONE", "Philips Spectral CT 7500"),
    "MR": ("Philips Ingenia 3.0T", "Siemens MAGNETOM Vida", "GE SIGNA Premier", "Siemens MAGNETOM Sola 1.5T"),
    "US": ("Samsung RS85", "GE LOGIQ E10", "Philips EPIQ Elite", "Canon Aplio i800"),
    "MG": ("Hologic 3Dimensions", "GE Senographe Pristina"), "NM": ("Siemens Symbia Intevo", "GE Discovery MI"),
    "RF": ("Siemens Luminos dRF Max",), "IR": ("Philips Azurion 7", "GE OEC 3D C-arm"), "XR": ("Carestream DRX-Evolution",),
}
