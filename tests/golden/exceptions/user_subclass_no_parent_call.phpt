--TEST--
a user exception whose constructor skips parent::__construct keeps default message and code
--FILE--
<?php
class Quiet extends Exception {
    public $extra;
    public function __construct($extra) {
        $this->extra = $extra;
    }
}
$e = new Quiet("data");
var_dump($e->getMessage(), $e->getCode(), $e->extra);
echo $e->getLine(), "\n";
try {
    throw $e;
} catch (Quiet $q) {
    echo "caught ", $q->extra, " line ", $q->getLine(), "\n";
}
--EXPECT--
string(0) ""
int(0)
string(4) "data"
8
caught data line 8
