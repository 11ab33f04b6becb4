--TEST--
typed properties show their type, readonly ones say so, unset typed ones are *uninitialized*
--FILE--
<?php
class T {
    public int $i = 1;
    public ?string $s = null;
    public int|string $u = 'u';
    public float $f;
    public iterable $it = [];
    public ?self $next = null;
    public readonly array $ro;
    public function __construct() { $this->ro = [1]; }
}
$t = new T;
xdebug_debug_zval('t');
--EXPECT--
t: (refcount=1, is_ref=0)=class T { public int $i = (refcount=0, is_ref=0)=1; public ?string $s = (refcount=0, is_ref=0)=NULL; public string|int $u = (refcount=0, is_ref=0)='u'; public float $f = (refcount=0, is_ref=0)=*uninitialized*; public Traversable|array $it = (refcount=0, is_ref=0)=array (); public ?self $next = (refcount=0, is_ref=0)=NULL; public readonly array $ro = (refcount=0, is_ref=0)=array (0 => (refcount=0, is_ref=0)=1) }
