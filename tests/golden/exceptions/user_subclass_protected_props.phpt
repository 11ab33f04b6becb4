--TEST--
a user exception can preset message and code through protected property defaults
--FILE--
<?php
class NotFound extends Exception {
    protected $message = "resource not found";
    protected $code = 404;
}
$e = new NotFound();
var_dump($e->getMessage(), $e->getCode());
$e = new NotFound("custom");
var_dump($e->getMessage(), $e->getCode());
class Tweaked extends Exception {
    public function __construct() {
        parent::__construct("orig", 1);
        $this->message = "changed";
        $this->code = 2;
    }
}
$t = new Tweaked();
var_dump($t->getMessage(), $t->getCode());
--EXPECT--
string(18) "resource not found"
int(404)
string(6) "custom"
int(404)
string(7) "changed"
int(2)
