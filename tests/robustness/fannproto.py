"""Prototype extraction for the robustness generators (see gen_null_calls.py).

Functions:
  exported_functions(so)      -> sorted names of defined FUNC symbols (nm -D --defined-only)
  exported_data(so)           -> names of defined data objects
  header_prototypes(incdir, variant, cc) -> {name: Proto} from the preprocessed headers
  spec_prototypes(api_md)     -> {name: Proto} from the backticked signatures of api.md
"""
import os
import re
import subprocess
import tempfile


# Typedef names that are pointer types (function pointers); header_prototypes adds more.
POINTER_TYPEDEFS = {'fann_callback_type', 'fann_train_callback'}


class Param:
    def __init__(self, ctype, name, funcptr=False):
        self.ctype = ' '.join(ctype.split())
        self.name = name
        self.funcptr = funcptr  # declared as `ret (*name)(args)`

    @property
    def is_pointer(self):
        return (self.funcptr or '*' in self.ctype
                or self.ctype.replace('const ', '') in POINTER_TYPEDEFS)

    def decl(self):
        if self.funcptr:
            return self.ctype.replace('(*)', '(*%s)' % self.name, 1)
        return '%s %s' % (self.ctype, self.name)

    def __repr__(self):
        return 'Param(%r, %r)' % (self.ctype, self.name)


class Proto:
    def __init__(self, ret, name, params, variadic, source):
        self.ret = ' '.join(ret.split())
        self.name = name
        self.params = params
        self.variadic = variadic
        self.source = source  # 'header' or 'api.md'

    def decl(self):
        ps = [p.decl() for p in self.params]
        if self.variadic:
            ps.append('...')
        if not ps:
            ps = ['void']
        ret = self.ret
        sep = '' if ret.endswith('*') else ' '
        return '%s%s%s(%s);' % (ret, sep, self.name, ', '.join(ps))

    def signature_key(self):
        """Types only, whitespace-normalised (for comparing header and spec)."""
        norm = lambda t: re.sub(r'\s*\*\s*', '*', ' '.join(t.replace('const ', '').split()))
        return (norm(self.ret), tuple(norm(p.ctype) for p in self.params), self.variadic)


def _nm(so):
    out = subprocess.run(['nm', '-D', '--defined-only', so], check=True,
                         capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            rows.append((parts[1], parts[2]))
    return rows


def exported_functions(so):
    return sorted(n for t, n in _nm(so) if t in ('T', 't', 'W', 'i'))


def exported_data(so):
    return sorted(n for t, n in _nm(so) if t not in ('T', 't', 'W', 'i'))


def _strip_blocks(text):
    """Removes {...} bodies; each closing brace becomes a statement end."""
    out, depth = [], 0
    for ch in text:
        if ch == '{':
            if depth == 0:
                out.append(' {}')
            depth += 1
        elif ch == '}':
            depth -= 1
            if depth == 0:
                out.append(';')
        elif depth == 0:
            out.append(ch)
    return ''.join(out)


def _split_top(s, sep=','):
    parts, depth, cur = [], 0, []
    for ch in s:
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        if ch == sep and depth == 0:
            parts.append(''.join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append(''.join(cur))
    return [p.strip() for p in parts]


def _parse_param(p):
    m = re.match(r'^(.*)\(\s*\*\s*(\w+)\s*\)\s*(\(.*\))\s*$', p)
    if m:  # function pointer
        return Param('%s(*)%s' % (m.group(1).strip(), m.group(3)), m.group(2), funcptr=True)
    m = re.match(r'^(.*?)(\w+)\s*((?:\[\s*\d*\s*\])*)$', p)
    if not m or not m.group(1).strip():
        raise ValueError('cannot parse parameter %r' % p)
    ctype = m.group(1).strip()
    if m.group(3):
        ctype += ' *'
    return Param(ctype, m.group(2))


def parse_declaration(stmt, wanted=None):
    """Parses 'ret name(params)' (one declaration, no trailing ';')."""
    stmt = re.sub(r'__attribute__\s*\(\(.*?\)\)', ' ', stmt)
    stmt = re.sub(r'\b(extern|FANN_EXTERNAL|FANN_API|__extension__)\b', ' ', stmt)
    for m in re.finditer(r'\b([A-Za-z_]\w*)\s*\(', stmt):
        name = m.group(1)
        if wanted is not None and name not in wanted:
            continue
        # matching parenthesis
        i, depth = m.end() - 1, 0
        for j in range(i, len(stmt)):
            if stmt[j] == '(':
                depth += 1
            elif stmt[j] == ')':
                depth -= 1
                if depth == 0:
                    break
        else:
            continue
        if stmt[j + 1:].strip():
            continue
        ret = stmt[:m.start()].strip()
        if not ret or '(' in ret or '=' in ret:
            continue
        inner = stmt[i + 1:j].strip()
        params, variadic = [], False
        if inner and inner != 'void':
            for p in _split_top(inner):
                if p == '...':
                    variadic = True
                else:
                    params.append(_parse_param(p))
        return name, ret, params, variadic
    return None


def header_prototypes(incdir, variant, cc='gcc'):
    header = {'float': 'floatfann.h', 'double': 'doublefann.h', 'fixed': 'fixedfann.h'}[variant]
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, 'p.c')
        with open(src, 'w') as f:
            f.write('#include <%s>\n' % header)
            if os.path.exists(os.path.join(incdir, 'parallel_fann.h')):
                f.write('#include <parallel_fann.h>\n')
        text = subprocess.run([cc, '-E', '-P', '-I', incdir, src], check=True,
                              capture_output=True, text=True).stdout
    for m in re.finditer(r'typedef[^;{}]*?\(\s*\*\s*(\w+)\s*\)', text):
        POINTER_TYPEDEFS.add(m.group(1))
    text = _strip_blocks(text)
    protos = {}
    for stmt in text.split(';'):
        stmt = ' '.join(stmt.split())
        if 'fann' not in stmt and 'candidate' not in stmt:
            continue
        if stmt.startswith('typedef'):
            continue
        r = parse_declaration(stmt)
        if r:
            name, ret, params, variadic = r
            protos[name] = Proto(ret, name, params, variadic, 'header')
    return protos


def spec_prototypes(api_md):
    """Every backticked C signature `ret name(params)` in api.md's tables."""
    protos = {}
    with open(api_md, encoding='utf-8') as f:
        for line in f:
            if not line.startswith('|'):
                continue
            for sig in re.findall(r'`([^`]*\w+\s*\([^`]*\))`', line):
                sig = sig.strip()
                if sig.startswith('typedef') or '#' in sig:
                    continue
                try:
                    r = parse_declaration(sig)
                except ValueError:
                    continue
                if not r:
                    continue
                name, ret, params, variadic = r
                if not re.match(r'^(fann_|initialize_)', name):
                    continue
                # A signature has a return type made of type words only.
                if not re.match(r'^(const\s+)?(struct\s+\w+|enum\s+\w+|unsigned\s+int|\w+)(\s*\*)*$', ret):
                    continue
                protos.setdefault(name, Proto(ret, name, params, variadic, 'api.md'))
    return protos
