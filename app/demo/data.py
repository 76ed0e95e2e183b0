"""What the demo contains. DEMO ONLY: these passwords and TOTP secrets are public."""

import datetime as dt

OPERATORS = [
    {
        "key": "duhani",
        "name": "Duhani Prizren SH.P.K.",
        "nui": "811000001",
        "licence_number": "AKC-2026-0101",
        "licence_kinds": ["producer", "distributor"],
    },
    {
        "key": "vera",
        "name": "Vera e Rahovecit SH.A.",
        "nui": "811000002",
        "licence_number": "AKC-2026-0102",
        "licence_kinds": ["producer", "distributor"],
    },
    {
        "key": "balkan",
        "name": "Balkan Import-Export L.L.C.",
        "nui": "811000003",
        "licence_number": "AKC-2026-0103",
        "licence_kinds": ["importer", "distributor"],
    },
    {
        "key": "market",
        "name": "Market Arbëria SH.P.K.",
        "nui": "811000004",
        "licence_number": "AKC-2026-0104",
        "licence_kinds": ["retailer"],
    },
    {
        "key": "kioskat",
        "name": "Kioskat Dardania SH.P.K.",
        "nui": "811000005",
        "licence_number": "AKC-2026-0105",
        "licence_kinds": ["retailer"],
    },
]

PREMISES = [
    ("duhani", "Fabrika e duhanit Prizren", "factory", "Rruga e Arbërisë 12", "prizren", 42.2139, 20.7397),
    ("duhani", "Magazina Ferizaj", "warehouse", "Rruga Dëshmorët e Kombit 4", "ferizaj", 42.3702, 21.1553),
    ("vera", "Bodrumi Rahovec", "factory", "Rruga e Vreshtave 1", "rahovec", 42.3992, 20.6547),
    ("vera", "Depo Gjakovë", "warehouse", "Rruga Ismail Qemali 20", "gjakove", 42.3803, 20.4308),
    ("balkan", "Terminali Prishtinë", "warehouse", "Zona Industriale, Prishtinë", "prishtine", 42.6486, 21.1302),
    ("balkan", "Depo Pejë", "warehouse", "Rruga Mbretëresha Teutë 7", "peje", 42.6593, 20.2887),
    ("market", "Market Arbëria Qendra", "shop", "Sheshi Nëna Terezë 3, Prishtinë", "prishtine", 42.6629, 21.1655),
    ("market", "Market Arbëria Mitrovicë", "shop", "Rruga Mbretëresha Teutë 15, Mitrovicë", "mitrovice-jug", 42.8914, 20.8660),
    ("market", "Kiosku Gjilan", "kiosk", "Rruga Adem Jashari 9, Gjilan", "gjilan", 42.4635, 21.4694),
    ("kioskat", "Kioska Shadërvani", "kiosk", "Sheshi i Shadërvanit 2, Prizren", "prizren", 42.2093, 20.7415),
    ("kioskat", "Kioska Qendra Pejë", "kiosk", "Rruga Mbretëresha Teutë 30, Pejë", "peje", 42.6603, 20.2917),
]

# GTINs with correct GS1 check digits.
PRODUCTS = [
    ("duhani", "3830000000017", "Dardania", "Dardania Blue 20", "cigarettes", None, 20, None),
    ("duhani", "3830000000024", "Dardania", "Dardania Red 20", "cigarettes", None, 20, None),
    ("vera", "3830000000031", "Stone Castle", "Vranac 2024 0.75 l", "wine", 750, None, "13.5"),
    ("balkan", "3830000000048", "Rakia Rugova", "Rakia Rrushi 0.7 l", "spirits", 700, None, "40.0"),
    ("balkan", "3830000000055", "Havana Club", "Cigarillos 10", "cigars_cigarillos", None, 10, None),
]

USERS = [
    # role, email, password, TOTP secret (None: not enrolled), operator key, company admin
    ("admin", "admin@demo.banderola.example", "demo-admin-2026", "JBSWY3DPEHPK3PXAJBSWY3DPEHPK3PXA", None, False),
    ("officer", "officer@demo.banderola.example", "demo-officer-2026", "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU", None, False),
    ("supervisor", "supervisor@demo.banderola.example", "demo-supervisor-2026", "MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LK", None, False),
    ("operator", "operator@demo.banderola.example", "demo-operator-2026", "SQ36Q75OSXAD2N3Y6JLVXMMM4MHGI7SR", "duhani", True),
    ("operator", "importer@demo.banderola.example", "demo-importer-2026", "UQCXTF5NLTWMWB34XJT3BSORVJAB7PMO", "balkan", True),
    ("operator", "retailer@demo.banderola.example", "demo-retailer-2026", "4ZGQIDX4S6FOL7AHYBXKKMPNKDDKWBLP", "market", True),
]

LICENCE_FROM = dt.date(2026, 1, 1)
LICENCE_UNTIL = dt.date(2028, 12, 31)
