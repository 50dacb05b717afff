"""Independent reference distances for test/geodesic-distance.test.ts: `python3 test/helpers/vincenty.py`.

Vincenty's (1975) inverse formula on WGS84, written from the paper, and the meridian arc ∫M dφ by
Simpson's rule. Not used by the code under test (which calls GeographicLib); it agrees with
GeographicLib's published test geodesics to 2e-5 m.
"""
from math import atan, atan2, cos, pi, radians, sin, sqrt, tan

A = 6378137.0
F = 1 / 298.257223563
B = A * (1 - F)
E2 = F * (2 - F)


def vincenty(lon1, lat1, lon2, lat2):
    """Geodesic distance in metres between two [lon, lat] points (not near-antipodal)."""
    L = radians(lon2 - lon1)
    u1, u2 = atan((1 - F) * tan(radians(lat1))), atan((1 - F) * tan(radians(lat2)))
    su1, cu1, su2, cu2 = sin(u1), cos(u1), sin(u2), cos(u2)
    lam = L
    for _ in range(1000):
        sl, cl = sin(lam), cos(lam)
        ss = sqrt((cu2 * sl) ** 2 + (cu1 * su2 - su1 * cu2 * cl) ** 2)
        if ss == 0:
            return 0.0
        cs = su1 * su2 + cu1 * cu2 * cl
        sig = atan2(ss, cs)
        sa = cu1 * cu2 * sl / ss
        c2a = 1 - sa * sa
        c2sm = cs - 2 * su1 * su2 / c2a if c2a != 0 else 0.0
        c = F / 16 * c2a * (4 + F * (4 - 3 * c2a))
        prev = lam
        lam = L + (1 - c) * F * sa * (sig + c * ss * (c2sm + c * cs * (-1 + 2 * c2sm * c2sm)))
        if abs(lam - prev) < 1e-14:
            break
    u2sq = c2a * (A * A - B * B) / (B * B)
    a_ = 1 + u2sq / 16384 * (4096 + u2sq * (-768 + u2sq * (320 - 175 * u2sq)))
    b_ = u2sq / 1024 * (256 + u2sq * (-128 + u2sq * (74 - 47 * u2sq)))
    ds = b_ * ss * (c2sm + b_ / 4 * (cs * (-1 + 2 * c2sm * c2sm) - b_ / 6 * c2sm * (-3 + 4 * ss * ss) * (-3 + 4 * c2sm * c2sm)))
    return B * a_ * (sig - ds)


def meridian_arc(lat1, lat2, n=1000):
    """Length in metres of the meridian between two latitudes: ∫M dφ by Simpson's rule."""
    m = lambda p: A * (1 - E2) / (1 - E2 * sin(p) ** 2) ** 1.5
    p1, p2 = radians(lat1), radians(lat2)
    h = (p2 - p1) / n
    s = m(p1) + m(p2) + sum((4 if i % 2 else 2) * m(p1 + i * h) for i in range(1, n))
    return s * h / 3


if __name__ == '__main__':
    print('GeographicLib case 1 (8935244.5604818305):', vincenty(-139.44815, 35.60777, -69.95921, -11.17491))
    print('GeographicLib case 18 (3812686.035106021):', vincenty(122.32875, -41.22777, 130.37946, -7.57291))
    print('1° of longitude on the equator (a·π/180 =', A * pi / 180, '):', vincenty(0, 0, 1, 0))
    print('1° of latitude from the equator:', vincenty(0, 0, 0, 1), meridian_arc(0, 1))
    print('quarter meridian:', meridian_arc(0, 90))
    print('上虞 (120.868, 30.033) to 杭州 (120.155, 30.274):', vincenty(120.868, 30.033, 120.155, 30.274))
    print('(120.01, 30.01) to (120.02, 30.01):', vincenty(120.01, 30.01, 120.02, 30.01))
    print('meridian arc 30.01° to 30.02°:', meridian_arc(30.01, 30.02))
