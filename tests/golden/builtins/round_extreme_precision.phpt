--TEST--
round() of tiny and huge floats at precisions of about 300
--FILE--
<?php
// Precisions near and past 10^308, where php's pre-rounding overflows.
var_dump(round(1e-300, 290));
var_dump(round(1e-300, 295));
var_dump(round(1e-300, 299));
var_dump(round(1e-300, 300));
var_dump(round(1e-300, 305));
var_dump(round(1e-300, 308));
var_dump(round(1e-300, 309));
var_dump(round(1e-300, 330));
var_dump(round(1e-300, 1000));
var_dump(round(1e-300, 2147483647));
var_dump(round(1e-300, -2147483648));
var_dump(round(1e-300, -308));
var_dump(round(1e-300, -309));
var_dump(round(-1e-300, 290));
var_dump(round(-1e-300, 295));
var_dump(round(-1e-300, 299));
var_dump(round(-1e-300, 300));
var_dump(round(-1e-300, 305));
var_dump(round(-1e-300, 308));
var_dump(round(-1e-300, 309));
var_dump(round(-1e-300, 330));
var_dump(round(-1e-300, 1000));
var_dump(round(-1e-300, 2147483647));
var_dump(round(-1e-300, -2147483648));
var_dump(round(-1e-300, -308));
var_dump(round(-1e-300, -309));
var_dump(round(5e-324, 290));
var_dump(round(5e-324, 295));
var_dump(round(5e-324, 299));
var_dump(round(5e-324, 300));
var_dump(round(5e-324, 305));
var_dump(round(5e-324, 308));
var_dump(round(5e-324, 309));
var_dump(round(5e-324, 330));
var_dump(round(5e-324, 1000));
var_dump(round(5e-324, 2147483647));
var_dump(round(5e-324, -2147483648));
var_dump(round(5e-324, -308));
var_dump(round(5e-324, -309));
var_dump(round(-5e-324, 290));
var_dump(round(-5e-324, 295));
var_dump(round(-5e-324, 299));
var_dump(round(-5e-324, 300));
var_dump(round(-5e-324, 305));
var_dump(round(-5e-324, 308));
var_dump(round(-5e-324, 309));
var_dump(round(-5e-324, 330));
var_dump(round(-5e-324, 1000));
var_dump(round(-5e-324, 2147483647));
var_dump(round(-5e-324, -2147483648));
var_dump(round(-5e-324, -308));
var_dump(round(-5e-324, -309));
var_dump(round(2.2250738585072014e-308, 290));
var_dump(round(2.2250738585072014e-308, 295));
var_dump(round(2.2250738585072014e-308, 299));
var_dump(round(2.2250738585072014e-308, 300));
var_dump(round(2.2250738585072014e-308, 305));
var_dump(round(2.2250738585072014e-308, 308));
var_dump(round(2.2250738585072014e-308, 309));
var_dump(round(2.2250738585072014e-308, 330));
var_dump(round(2.2250738585072014e-308, 1000));
var_dump(round(2.2250738585072014e-308, 2147483647));
var_dump(round(2.2250738585072014e-308, -2147483648));
var_dump(round(2.2250738585072014e-308, -308));
var_dump(round(2.2250738585072014e-308, -309));
var_dump(round(1e-310, 290));
var_dump(round(1e-310, 295));
var_dump(round(1e-310, 299));
var_dump(round(1e-310, 300));
var_dump(round(1e-310, 305));
var_dump(round(1e-310, 308));
var_dump(round(1e-310, 309));
var_dump(round(1e-310, 330));
var_dump(round(1e-310, 1000));
var_dump(round(1e-310, 2147483647));
var_dump(round(1e-310, -2147483648));
var_dump(round(1e-310, -308));
var_dump(round(1e-310, -309));
var_dump(round(1e-295, 290));
var_dump(round(1e-295, 295));
var_dump(round(1e-295, 299));
var_dump(round(1e-295, 300));
var_dump(round(1e-295, 305));
var_dump(round(1e-295, 308));
var_dump(round(1e-295, 309));
var_dump(round(1e-295, 330));
var_dump(round(1e-295, 1000));
var_dump(round(1e-295, 2147483647));
var_dump(round(1e-295, -2147483648));
var_dump(round(1e-295, -308));
var_dump(round(1e-295, -309));
var_dump(round(3e-300, 290));
var_dump(round(3e-300, 295));
var_dump(round(3e-300, 299));
var_dump(round(3e-300, 300));
var_dump(round(3e-300, 305));
var_dump(round(3e-300, 308));
var_dump(round(3e-300, 309));
var_dump(round(3e-300, 330));
var_dump(round(3e-300, 1000));
var_dump(round(3e-300, 2147483647));
var_dump(round(3e-300, -2147483648));
var_dump(round(3e-300, -308));
var_dump(round(3e-300, -309));
var_dump(round(-7.7e-305, 290));
var_dump(round(-7.7e-305, 295));
var_dump(round(-7.7e-305, 299));
var_dump(round(-7.7e-305, 300));
var_dump(round(-7.7e-305, 305));
var_dump(round(-7.7e-305, 308));
var_dump(round(-7.7e-305, 309));
var_dump(round(-7.7e-305, 330));
var_dump(round(-7.7e-305, 1000));
var_dump(round(-7.7e-305, 2147483647));
var_dump(round(-7.7e-305, -2147483648));
var_dump(round(-7.7e-305, -308));
var_dump(round(-7.7e-305, -309));
var_dump(round(1.5, 290));
var_dump(round(1.5, 295));
var_dump(round(1.5, 299));
var_dump(round(1.5, 300));
var_dump(round(1.5, 305));
var_dump(round(1.5, 308));
var_dump(round(1.5, 309));
var_dump(round(1.5, 330));
var_dump(round(1.5, 1000));
var_dump(round(1.5, 2147483647));
var_dump(round(1.5, -2147483648));
var_dump(round(1.5, -308));
var_dump(round(1.5, -309));
var_dump(round(123456.789, 290));
var_dump(round(123456.789, 295));
var_dump(round(123456.789, 299));
var_dump(round(123456.789, 300));
var_dump(round(123456.789, 305));
var_dump(round(123456.789, 308));
var_dump(round(123456.789, 309));
var_dump(round(123456.789, 330));
var_dump(round(123456.789, 1000));
var_dump(round(123456.789, 2147483647));
var_dump(round(123456.789, -2147483648));
var_dump(round(123456.789, -308));
var_dump(round(123456.789, -309));
var_dump(round(1e300, 290));
var_dump(round(1e300, 295));
var_dump(round(1e300, 299));
var_dump(round(1e300, 300));
var_dump(round(1e300, 305));
var_dump(round(1e300, 308));
var_dump(round(1e300, 309));
var_dump(round(1e300, 330));
var_dump(round(1e300, 1000));
var_dump(round(1e300, 2147483647));
var_dump(round(1e300, -2147483648));
var_dump(round(1e300, -308));
var_dump(round(1e300, -309));
var_dump(round(0.0, 290));
var_dump(round(0.0, 295));
var_dump(round(0.0, 299));
var_dump(round(0.0, 300));
var_dump(round(0.0, 305));
var_dump(round(0.0, 308));
var_dump(round(0.0, 309));
var_dump(round(0.0, 330));
var_dump(round(0.0, 1000));
var_dump(round(0.0, 2147483647));
var_dump(round(0.0, -2147483648));
var_dump(round(0.0, -308));
var_dump(round(0.0, -309));
var_dump(round(-1e-300, 300, PHP_ROUND_HALF_EVEN), round(1e-300, 300, PHP_ROUND_HALF_ODD), round(-1e-300, 300, PHP_ROUND_HALF_DOWN));
--EXPECT--
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(1.0E-300)
float(1.0E-300)
float(1.0E-300)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(-1.0E-300)
float(-1.0E-300)
float(-1.0E-300)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(5.0E-324)
float(0)
float(5.0E-324)
float(5.0E-324)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(-5.0E-324)
float(0)
float(-5.0E-324)
float(-5.0E-324)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(2.2250738585072014E-308)
float(2.2250738585072014E-308)
float(2.2250738585072014E-308)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(1.0E-310)
float(1.0E-310)
float(1.0E-310)
float(1.0E-310)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(1.0E-295)
float(1.0E-295)
float(1.0E-295)
float(1.0E-295)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(3.0E-300)
float(3.0E-300)
float(3.0E-300)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(-7.7E-305)
float(-7.7E-305)
float(-7.7E-305)
float(0)
float(0)
float(0)
float(1.5)
float(1.5)
float(1.5)
float(1.5)
float(1.5)
float(1.5)
float(1.5)
float(1.5)
float(1.5)
float(1.5)
float(0)
float(0)
float(0)
float(123456.789)
float(123456.789)
float(123456.789)
float(123456.789)
float(123456.789)
float(123456.789)
float(123456.789)
float(123456.789)
float(123456.789)
float(123456.789)
float(0)
float(0)
float(0)
float(1.0E+300)
float(1.0E+300)
float(1.0E+300)
float(1.0E+300)
float(1.0E+300)
float(1.0E+300)
float(1.0E+300)
float(1.0E+300)
float(1.0E+300)
float(1.0E+300)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
float(0)
