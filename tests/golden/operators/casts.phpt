--TEST--
Scalar casts
--FILE--
<?php
var_dump((int)"12abc", (int)"abc", (int)3.99, (int)-3.99, (int)"1e3", (int)" 42", (int)"0x1A", (int)true, (int)null);
var_dump((float)"1.5e3abc", (float)".5", (float)"abc", (float)7);
var_dump((string)1.0, (string)0.1, (string)true, (string)false, (string)null, (string)-0.0);
var_dump((bool)"0", (bool)"", (bool)"0.0", (bool)" ", (bool)0.0, (bool)-0.0, (bool)NAN, (bool)null);
--EXPECT--
int(12)
int(0)
int(3)
int(-3)
int(1000)
int(42)
int(0)
int(1)
int(0)
float(1500)
float(0.5)
float(0)
float(7)
string(1) "1"
string(3) "0.1"
string(1) "1"
string(0) ""
string(0) ""
string(2) "-0"
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
