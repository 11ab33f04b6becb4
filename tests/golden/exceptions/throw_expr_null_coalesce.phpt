--TEST--
throw used as an expression on the right of ??
--FILE--
<?php
function get(array $a, string $k) {
    return $a[$k] ?? throw new OutOfBoundsException("missing key '$k'");
}
$cfg = ['host' => 'localhost', 'port' => 0];
echo get($cfg, 'host'), "\n";
var_dump(get($cfg, 'port'));
try {
    get($cfg, 'user');
} catch (OutOfBoundsException $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
localhost
int(0)
missing key 'user'
