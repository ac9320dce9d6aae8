/**
 * A 2-D DOMMatrix for pdfjs-dist under Node. pdfjs builds one when its module
 * loads and uses it in a few rendering paths; in a browser, or with
 * pdfjs-dist's optional @napi-rs/canvas (33 MB of native code, left out of
 * the lockfile), the real one exists. Reading the text layer needs only the
 * affine 2-D part implemented here.
 */
type Init = ArrayLike<number> | undefined;

interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

class DOMMatrix2D implements Affine {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: Init) {
    if (!init) return;
    if (init.length === 16) this.set(init[0], init[1], init[4], init[5], init[12], init[13]);
    else if (init.length >= 6) this.set(init[0], init[1], init[2], init[3], init[4], init[5]);
  }

  private set(a: number, b: number, c: number, d: number, e: number, f: number): this {
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    this.e = e;
    this.f = f;
    return this;
  }

  get m11() {
    return this.a;
  }
  get m12() {
    return this.b;
  }
  get m21() {
    return this.c;
  }
  get m22() {
    return this.d;
  }
  get m41() {
    return this.e;
  }
  get m42() {
    return this.f;
  }
  get is2D() {
    return true;
  }
  get isIdentity() {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }

  /** this = this × other */
  multiplySelf(o: Partial<Affine> = {}): this {
    const { a, b, c, d, e, f } = this;
    const oa = o.a ?? 1;
    const ob = o.b ?? 0;
    const oc = o.c ?? 0;
    const od = o.d ?? 1;
    const oe = o.e ?? 0;
    const of = o.f ?? 0;
    return this.set(a * oa + c * ob, b * oa + d * ob, a * oc + c * od, b * oc + d * od, a * oe + c * of + e, b * oe + d * of + f);
  }

  /** this = other × this */
  preMultiplySelf(o: Partial<Affine> = {}): this {
    const m = new DOMMatrix2D([o.a ?? 1, o.b ?? 0, o.c ?? 0, o.d ?? 1, o.e ?? 0, o.f ?? 0]).multiplySelf(this);
    return this.set(m.a, m.b, m.c, m.d, m.e, m.f);
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf({ a: 1, b: 0, c: 0, d: 1, e: tx, f: ty });
  }

  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf({ a: sx, b: 0, c: 0, d: sy, e: 0, f: 0 });
  }

  invertSelf(): this {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c;
    if (det === 0) return this.set(NaN, NaN, NaN, NaN, NaN, NaN);
    return this.set(d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det);
  }

  multiply(o?: Partial<Affine>) {
    return this.copy().multiplySelf(o);
  }
  translate(tx?: number, ty?: number) {
    return this.copy().translateSelf(tx, ty);
  }
  scale(sx?: number, sy?: number) {
    return this.copy().scaleSelf(sx, sy);
  }
  inverse() {
    return this.copy().invertSelf();
  }
  transformPoint(p: { x?: number; y?: number } = {}) {
    const x = p.x ?? 0;
    const y = p.y ?? 0;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
  }
  toFloat64Array() {
    return Float64Array.of(this.a, this.b, 0, 0, this.c, this.d, 0, 0, 0, 0, 1, 0, this.e, this.f, 0, 1);
  }
  private copy() {
    return new DOMMatrix2D([this.a, this.b, this.c, this.d, this.e, this.f]);
  }
}

/** Put the 2-D DOMMatrix on globalThis when the platform has none. */
export function ensureDomMatrix(): void {
  const g = globalThis as { DOMMatrix?: unknown };
  if (g.DOMMatrix === undefined) g.DOMMatrix = DOMMatrix2D;
}
