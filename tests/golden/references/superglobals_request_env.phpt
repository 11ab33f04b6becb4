--TEST--
$_REQUEST and $_ENV exist when the script names them, after $_SERVER in the order it names them; $_ENV is the environment getenv() returns
--FILE--
<?php
$first = 1;
echo implode(",", array_keys($GLOBALS)), "\n";
function request() { return $_REQUEST; }
var_dump(request());
var_dump(is_array($_ENV), $_ENV === getenv(), count($_ENV) === count(getenv()));
$same = true;
foreach ($_ENV as $name => $value) {
    if (!is_string($value) || ($_SERVER[$name] ?? null) !== $value || getenv((string)$name) !== $value) {
        $same = false;
    }
}
var_dump($same);
var_dump(getenv('MINIPHP_NO_SUCH_VARIABLE_SET'), getenv(null) === $_ENV);
$_ENV['mine'] = 'x';
var_dump($_ENV['mine'], getenv('mine'));
--EXPECT--
_GET,_POST,_COOKIE,_FILES,argv,argc,_SERVER,_REQUEST,_ENV,first
array(0) {
}
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
string(1) "x"
bool(false)
