#!/usr/bin/python3
"""Makes identifiers.csv.gz, the fixture of IdentifiersAgainstStdnumTest.

For each kind of identifier (SIREN, SIRET, NIF, NIE, CIF, NIPC, VAT) it generates about
10,500 inputs with a fixed random seed: half valid identifiers built by computing their
check digits, half mutations of valid ones (a changed digit, two swapped characters, a
wrong control character, a wrong length, the prefix of another country, random characters,
and separators, lower case or the country prefix added, alone or on top of an error).
Each input is labelled with the verdict of python-stdnum, an independent implementation:

  SIREN stdnum.fr.siren      SIRET stdnum.fr.siret      NIE  stdnum.es.nie
  NIF   stdnum.es.nif, for the NIFs of persons (8 digits and a letter, as stdnum.es.dni,
        or K, L, M, 7 digits and a letter, which only stdnum.es.nif knows)
  CIF   stdnum.es.cif        NIPC  stdnum.pt.nif        VAT  stdnum.eu.vat

Run it with Debian's python3 and python3-stdnum (1.18):

  /usr/bin/python3 src/test/resources/identifiers/make_fixture.py

The CSV has the columns kind,input,valid,basis. The basis says where the label comes from:

  stdnum                 stdnum's is_valid() on the input as it is.
  stdnum-cleaned         stdnum's is_valid() on the input cleaned the way the platform
                         normalises it (spaces, tabs, non-breaking spaces, dots, dashes and
                         slashes removed, upper case, the kind's own country prefix removed
                         for national kinds), because this stdnum module does not remove all
                         of these by itself (stdnum.fr.siren keeps dashes and the FR prefix,
                         stdnum.es.dni keeps dots and the ES prefix...) and gives another
                         verdict on the raw input.
  rule:cif-control       a deliberate difference: stdnum accepts a digit or a letter as the
                         control character of every CIF; the platform applies the rule of
                         the entity letter (a letter for N, P, Q, R, S, W and for province
                         00, a digit for A, B, E, H, either for the others). These rows are
                         valid for stdnum and labelled invalid.
  rule:pt-first-digits   a deliberate difference: stdnum accepts any Portuguese number not
                         starting with 0; the platform only accepts the first digits the tax
                         authority issues (1, 2, 3, 5, 6, 8, 45, 70, 71, 72, 74, 75, 77, 78,
                         79, 90, 91, 98, 99). These rows are valid for stdnum and labelled
                         invalid.

The two rule: labels are computed below by rule_difference(), an implementation of the
platform's documented rules; every other label is stdnum's own verdict.
"""

import csv
import gzip
import io
import os
import random

import stdnum
from stdnum import luhn
from stdnum.es import cif, dni, nie, nif
from stdnum.eu import vat
from stdnum.fr import siren, siret, tva
from stdnum.pt import nif as ptnif

SEED = 20080701
VALID_PER_KIND = 5250
MUTATED_PER_KIND = 5250
KINDS = ['SIREN', 'SIRET', 'NIF', 'NIE', 'CIF', 'NIPC', 'VAT']
COUNTRY = {'SIREN': 'FR', 'SIRET': 'FR', 'NIF': 'ES', 'NIE': 'ES', 'CIF': 'ES', 'NIPC': 'PT'}

DIGITS = '0123456789'
LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ENTITY_LETTERS = 'ABCDEFGHJNPQRSUVW'
FR_KEY_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'
PT_FIRST_DIGITS = '123568'
PT_FIRST_TWO_DIGITS = ['45', '70', '71', '72', '74', '75', '77', '78', '79', '90', '91', '98', '99']
SEPARATORS = [' ', ' ', '.', '-', '/', '\u00a0', '  ', '\u202f']

rng = random.Random(SEED)


def digits(n):
    return ''.join(rng.choice(DIGITS) for _ in range(n))


# --- valid identifiers, built by computing their check characters -------------------------

def make_siren():
    if rng.random() < 0.002:
        return '356000000'  # La Poste
    body = digits(8)
    return body + luhn.calc_check_digit(body)


def make_siret():
    r = rng.random()
    if r < 0.01:
        return '35600000000048'  # La Poste head office: Luhn
    if r < 0.12:
        # a La Poste establishment: the sum of the 14 digits is a multiple of 5
        body = '356000000' + digits(4)
        total = sum(map(int, body))
        last = rng.choice([d for d in DIGITS if (total + int(d)) % 5 == 0])
        return body + last
    nic = rng.choice(['000', '00', '0', ''])
    body = make_siren() + nic + digits(4 - len(nic))
    return body + luhn.calc_check_digit(body)


def make_nif():
    if rng.random() < 0.15:
        body = digits(7)
        return rng.choice('KLM') + body + dni.calc_check_digit(body)
    body = digits(8)
    return body + dni.calc_check_digit(body)


def make_nie():
    body = rng.choice('XYZ') + digits(7)
    return body + nie.calc_check_digit(body)


def cif_controls(letter, province):
    """The control characters the platform's rule allows for this entity letter and province."""
    if letter in 'NPQRSW' or province == '00':
        return 'letter'
    if letter in 'ABEH':
        return 'digit'
    return 'either'


def make_cif(allowed_only=True):
    letter = rng.choice(ENTITY_LETTERS)
    province = '00' if rng.random() < 0.05 else '%02d' % rng.randint(1, 99)
    body = letter + province + digits(5)
    digit, as_letter = cif.calc_check_digits(body)
    allowed = cif_controls(letter, province)
    if not allowed_only:
        allowed = 'either'
    if allowed == 'letter':
        return body + as_letter
    if allowed == 'digit':
        return body + digit
    return body + rng.choice([digit, as_letter])


def make_nipc():
    if rng.random() < 0.35:
        body = rng.choice(PT_FIRST_TWO_DIGITS) + digits(6)
    else:
        body = rng.choice(PT_FIRST_DIGITS) + digits(7)
    return body + ptnif.calc_check_digit(body)


def fr_alpha_keys(siren_number):
    """Every key with a letter that stdnum.fr.tva accepts for this SIREN."""
    keys = []
    for a in FR_KEY_ALPHABET:
        for b in FR_KEY_ALPHABET:
            if a in DIGITS and b in DIGITS:
                continue
            if tva.is_valid(a + b + siren_number):
                keys.append(a + b)
    return keys


def make_vat():
    r = rng.random()
    if r < 0.45:
        s = rng.random()
        if s < 0.05:
            number = '000' + digits(6)  # Monaco: no SIREN, no Luhn
        else:
            number = make_siren()
        if s > 0.85:
            key = rng.choice(fr_alpha_keys(number))
        else:
            key = '%02d' % (int(number + '12') % 97)
        return 'FR' + key + number
    if r < 0.75:
        return 'ES' + rng.choice([make_nif, make_nie, make_cif, make_cif])()
    return 'PT' + make_nipc()


MAKERS = {'SIREN': make_siren, 'SIRET': make_siret, 'NIF': make_nif, 'NIE': make_nie,
          'CIF': make_cif, 'NIPC': make_nipc, 'VAT': make_vat}


# --- mutations ----------------------------------------------------------------------------

def start(kind):
    """Characters before this index are the VAT country prefix, left alone by most mutations."""
    return 2 if kind == 'VAT' else 0


def control_positions(kind, s):
    if kind == 'VAT' and s.startswith('FR'):
        return [2, 3]
    return [len(s) - 1]


def other_char(c):
    pool = DIGITS if c in DIGITS else LETTERS
    return rng.choice([x for x in pool if x != c])


def change_digit(kind, s):
    positions = [i for i in range(start(kind), len(s)) if s[i] in DIGITS]
    if not positions:
        return s
    i = rng.choice(positions)
    return s[:i] + other_char(s[i]) + s[i + 1:]


def swap(kind, s):
    lo = start(kind)
    for _ in range(20):
        i = rng.randrange(lo, len(s) - 1)
        j = i + 1 if rng.random() < 0.7 else rng.randrange(lo, len(s))
        if s[i] != s[j]:
            i, j = min(i, j), max(i, j)
            return s[:i] + s[j] + s[i + 1:j] + s[i] + s[j + 1:]
    return s


def wrong_control(kind, s):
    i = rng.choice(control_positions(kind, s))
    return s[:i] + other_char(s[i]) + s[i + 1:]


def wrong_length(kind, s):
    lo = start(kind)
    if rng.random() < 0.5 and len(s) > lo + 1:
        i = rng.randrange(lo, len(s))
        return s[:i] + s[i + 1:]
    i = rng.randrange(lo, len(s) + 1)
    return s[:i] + rng.choice(DIGITS) + s[i:]


def other_country(kind, s):
    """The prefix of another country of the network (for VAT: in place of its own)."""
    if kind == 'VAT':
        return rng.choice([c for c in ['FR', 'ES', 'PT'] if c != s[:2]]) + s[2:]
    return rng.choice([c for c in ['FR', 'ES', 'PT'] if c != COUNTRY[kind]]) + s


def random_characters(kind, s):
    pool = DIGITS * 3 + LETTERS
    body = ''.join(rng.choice(pool) for _ in range(len(s) - start(kind)))
    return s[:start(kind)] + body


def kind_specific(kind, s):
    """Errors particular to each kind."""
    if kind == 'SIRET':
        # La Poste numbers that pass Luhn but not the digit-sum rule, and the other way round
        body = '356000000' + digits(4)
        if rng.random() < 0.5:
            return body + luhn.calc_check_digit(body)
        total = sum(map(int, body))
        return body + rng.choice([d for d in DIGITS if (total + int(d)) % 5 == 0])
    if kind == 'SIREN':
        return '0' + s[:8] if rng.random() < 0.5 else s[1:]
    if kind == 'NIF':
        # a DNI typed without its leading zero, or with a NIE letter
        body = '0' + digits(7)
        number = body + dni.calc_check_digit(body)
        return number[1:] if rng.random() < 0.5 else rng.choice('XYZ') + number[1:]
    if kind == 'NIE':
        return rng.choice([x for x in 'XYZ' if x != s[0]]) + s[1:]
    if kind == 'CIF':
        # the control character in the form the entity letter does not take
        letter = rng.choice('NPQRSWABEH')
        body = letter + '%02d' % rng.randint(1, 99) + digits(5)
        digit, as_letter = cif.calc_check_digits(body)
        return body + (digit if letter in 'NPQRSW' else as_letter)
    if kind == 'NIPC':
        # a first digit that is not issued, with a matching check digit
        first = rng.choice(['0', '4', '40', '41', '73', '76', '92', '95', '97'])
        body = first + digits(8 - len(first))
        return body + ptnif.calc_check_digit(body)
    if kind == 'VAT':
        r = rng.random()
        if r < 0.3:
            return s[2:]  # no prefix
        if r < 0.5:
            return s[:2] + make_cif(allowed_only=False) if s[:2] == 'ES' else s
        if r < 0.7:
            return 'PT' + kind_specific('NIPC', '')
        return s[:2] + s[2:] + digits(1)
    return s


STRUCTURAL = [change_digit, change_digit, swap, wrong_control, wrong_control, wrong_length,
              other_country, random_characters, kind_specific, kind_specific]


def grouped(kind, s):
    """The identifier with separators between its usual groups."""
    sep = rng.choice(SEPARATORS)
    lo = start(kind)
    prefix, body = s[:lo], s[lo:]
    if kind in ('SIREN', 'SIRET', 'NIPC') or (kind == 'VAT' and s.startswith('FR')):
        if kind == 'VAT':
            parts = [body[:2]] + [body[i:i + 3] for i in range(2, len(body), 3)]
        else:
            parts = [body[i:i + 3] for i in range(0, min(len(body), 9), 3)]
            if len(body) > 9:
                parts.append(body[9:])
    elif len(body) >= 3:
        parts = [body[0], body[1:-1], body[-1]] if body[0] in LETTERS else [body[:-1], body[-1]]
        if rng.random() < 0.3 and len(parts[-2]) >= 7:
            middle = parts[-2]
            parts[-2:-1] = [middle[:-6], middle[-6:-3], middle[-3:]]
    else:
        parts = [body]
    text = sep.join(p for p in parts if p)
    if prefix:
        text = prefix + rng.choice(['', ' ', '-']) + text
    return text


def decorate(kind, s):
    text = s
    ops = rng.sample(['group', 'lower', 'prefix', 'blank'], rng.randint(1, 3))
    if 'group' in ops:
        text = grouped(kind, text)
    if 'prefix' in ops and kind != 'VAT':
        text = COUNTRY[kind] + rng.choice(['', ' ', '-']) + text
    if 'lower' in ops:
        text = text.lower() if rng.random() < 0.7 else text[:2].lower() + text[2:]
    if 'blank' in ops:
        text = rng.choice([' ', '\t', '  ']) + text + rng.choice(['', ' ', '\t'])
    return text


def mutate(kind, s):
    r = rng.random()
    if r < 0.3:
        return decorate(kind, s)
    text = rng.choice(STRUCTURAL)(kind, s)
    if rng.random() < 0.4:
        text = decorate(kind, text)
    return text


# --- labels -------------------------------------------------------------------------------

def stdnum_verdict(kind, text):
    if kind == 'SIREN':
        return siren.is_valid(text)
    if kind == 'SIRET':
        return siret.is_valid(text)
    if kind == 'NIF':
        return nif.is_valid(text) and nif.compact(text)[:1] in DIGITS + 'KLM'
    if kind == 'NIE':
        return nie.is_valid(text)
    if kind == 'CIF':
        return cif.is_valid(text)
    if kind == 'NIPC':
        return ptnif.is_valid(text)
    return vat.is_valid(text)


def clean(kind, text):
    """The input the way the platform normalises it before recognising the kind."""
    out = ''.join(c for c in text if not (c.isspace() or c in '.-/\u2010\u2011\u2012\u2013\u2014\u2015\u2212'))
    out = out.upper()
    if kind != 'VAT' and out.startswith(COUNTRY[kind]):
        out = out[2:]
    return out


def rule_difference(kind, number):
    """The platform's deliberate difference from stdnum for a number stdnum accepts, if any."""
    if kind == 'VAT':
        kind, number = {'ES': 'CIF', 'PT': 'NIPC'}.get(number[:2], 'FR'), number[2:]
    if kind == 'CIF' and number[:1] in ENTITY_LETTERS:
        allowed = cif_controls(number[0], number[1:3])
        if allowed == 'letter' and number[-1] in DIGITS or allowed == 'digit' and number[-1] in LETTERS:
            return 'rule:cif-control'
    if kind == 'NIPC':
        if number[0] not in PT_FIRST_DIGITS and number[:2] not in PT_FIRST_TWO_DIGITS:
            return 'rule:pt-first-digits'
    return None


def label(kind, text):
    as_is = stdnum_verdict(kind, text)
    cleaned_text = clean(kind, text)
    cleaned = stdnum_verdict(kind, cleaned_text)
    basis = 'stdnum' if as_is == cleaned else 'stdnum-cleaned'
    if cleaned:
        difference = rule_difference(kind, cleaned_text)
        if difference:
            return False, difference
    return cleaned, basis


# --- the fixture --------------------------------------------------------------------------

SPECIAL = {
    'SIREN': ['', ' ', '-', 'FR', '356000000', '356 000 000', '000000000', '552 008 443', '552008442'],
    'SIRET': ['', '35600000000048', '356 000 000 00048', '35600000049837', '35600000000049',
              '73282932000074', '732 829 320 00074', '732.829.320.00074'],
    'NIF': ['', '12345678Z', '12345678-z', '00000000T', 'K1234567L', 'M1234567L', '1234567L'],
    'NIE': ['', 'X2482300W', 'x-2482300-w', 'Y1234567X', 'Z1234567R'],
    'CIF': ['', 'A13585625', 'B58378431', 'B-58378431', 'J99216582', 'Q2826000H', 'Q28260008',
            'P2807900B', 'A28015865', 'N0032484H', 'W0032484H', 'A0032484H'],
    'NIPC': ['', '501964843', '501 964 843', 'PT 501 964 843', '045678901', '123456789', '500697256'],
    'VAT': ['', 'FR', 'FR40303265045', 'fr 40 303 265 045', 'FR 61 954 506 077', 'FRK7399859412',
            'FR4Z123456782', 'FRIO334175221', 'FR23334175221', 'ESB58378431', 'ES A13585625',
            'PT501964843', 'PT 500 697 256', '40303265045'],
}


def rows():
    for kind in KINDS:
        made = []
        for text in SPECIAL[kind]:
            made.append(text)
        for _ in range(VALID_PER_KIND):
            made.append(MAKERS[kind]())
        for _ in range(MUTATED_PER_KIND):
            made.append(mutate(kind, MAKERS[kind]()))
        for text in made:
            assert ',' not in text and '"' not in text and '\n' not in text, text
            valid, basis = label(kind, text)
            yield kind, text, 'true' if valid else 'false', basis


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator='\n', quoting=csv.QUOTE_NONE)
    writer.writerow(['kind', 'input', 'valid', 'basis'])
    counts = {}
    for row in rows():
        writer.writerow(row)
        key = (row[0], row[2], row[3])
        counts[key] = counts.get(key, 0) + 1
    data = buffer.getvalue().encode('utf-8')
    target = os.path.join(here, 'identifiers.csv.gz')
    with open(target, 'wb') as out:
        # no file name and no time in the header, so the same seed gives the same bytes
        with gzip.GzipFile(filename='', mode='wb', fileobj=out, mtime=0) as compressed:
            compressed.write(data)
    print('python-stdnum', stdnum.__version__, '->', target)
    for kind in KINDS:
        total = sum(n for (k, _, _), n in counts.items() if k == kind)
        detail = ', '.join('%s %s: %d' % (v, b, n) for (k, v, b), n in sorted(counts.items()) if k == kind)
        print('%-5s %6d rows (%s)' % (kind, total, detail))


if __name__ == '__main__':
    main()
