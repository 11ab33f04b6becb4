--TEST--
ini_get and ini_set: php -n's values, precision and serialize_precision taking effect
--FILE--
<?php
foreach (['precision', 'serialize_precision', 'memory_limit', 'error_reporting', 'display_errors', 'nope', 'max_execution_time', 'default_charset', 'zend.assertions'] as $k) var_dump(ini_get($k));
var_dump(ini_set('precision', '5'), 1/3, ini_get('precision'));
var_dump(ini_set('precision', 'abc'), 1/3);
var_dump(ini_set('serialize_precision', '3'), 1/3);
var_export(1/3); echo "\n";
var_dump(ini_set('nope', 1));
var_dump(ini_set('memory_limit', '64M'), ini_get('memory_limit'));
var_dump(ini_set('precision', 20), 0.1);
echo 0.1, "\n";
var_dump(ini_set('precision', -1), 0.1); echo 0.1, "\n";
var_dump(ini_set('precision', 0)); echo 1/3, "\n";
var_dump(ini_set('error_reporting', '0')); echo $undefined;
--EXPECT--
string(2) "14"
string(2) "-1"
string(4) "128M"
string(0) ""
string(1) "1"
bool(false)
string(1) "0"
string(5) "UTF-8"
string(1) "1"
string(2) "14"
float(0.3333333333333333)
string(1) "5"
string(1) "5"
float(0.3333333333333333)
string(2) "-1"
float(0.333)
0.333
bool(false)
string(4) "128M"
string(3) "64M"
string(3) "abc"
float(0.1)
0.10000000000000000555
string(2) "20"
float(0.1)
0.1
string(2) "-1"
0.3
string(0) ""
